"""The nouns that describe a company ("the Swedish start-up", "a Gränna maker of cameras"), shared by the entity finder and the
frames (which import no entity code)."""

from __future__ import annotations

from .textprep import first_letter_groups

__all__ = ["COMPANY_NOUN_LIST", "COMPANY_NOUNS"]

COMPANY_NOUN_LIST = (
    r"start-?ups?|startup|company|firm|chipmaker|chip ?maker|chip designer|developer|maker|lab|laboratory|group|"
    r"provider|operator|unicorn|investor|fund|venture firm|venture capital firm|conglomerate|giant|carmaker|automaker|"
    r"specialist|business|outfit|insurer|bank|retailer|manufacturer|subsidiary|player|supplier|vendor|"
    r"corporation|enterprise|designer|builder|utility|airline|telco|carrier|broker|shipping line|state bank|studio|"
    r"research lab|hedge fund|contract manufacturer|exchange|trading house|shipbuilder|publisher|lender|miner|distributor|"
    r"consultancy|integrator|rival|drugmaker|agency|organisation|organization|fund manager|asset manager|investment manager"
)
COMPANY_NOUNS = first_letter_groups(COMPANY_NOUN_LIST)
"""The nouns a company is described by, as one alternation for a pattern (``COMPANY_NOUN_LIST``, grouped by first letter)."""
