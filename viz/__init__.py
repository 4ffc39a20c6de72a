"""Network views of the AllianceKG graph (self-contained vis-network HTML)."""

from alliancekg.viz.network import format_amount, network_data, render_network, safe_url

__all__ = ["render_network", "network_data", "format_amount", "safe_url"]
