"""Network views of the AllianceKG graph (self-contained vis-network HTML)."""

from alliancekg.viz.network import ViewPage, format_amount, network_data, page_csp, render_network, safe_url

__all__ = ["render_network", "network_data", "ViewPage", "page_csp", "format_amount", "safe_url"]
