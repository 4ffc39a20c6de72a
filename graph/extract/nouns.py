"""The nouns that describe a company ("the Swedish start-up", "a Gränna maker of cameras"), shared by the entity finder and the
frames (which import no entity code)."""

from __future__ import annotations

from .textprep import first_letter_groups

__all__ = ["COMPANY_NOUN_LIST", "COMPANY_NOUNS", "COMPANY_PLURALS", "ROLE_NOUN_LIST"]

COMPANY_NOUN_LIST = (
    r"start-?ups?|startup|company|firm|chipmaker|chip ?maker|chip designer|developer|maker|lab|laboratory|group|"
    r"provider|operator|unicorn|investor|fund|venture firm|venture capital firm|conglomerate|giant|carmaker|automaker|"
    r"specialist|business|outfit|insurer|bank|retailer|manufacturer|subsidiary|player|supplier|vendor|"
    r"corporation|enterprise|designer|builder|utility|airline|telco|carrier|broker|shipping line|state bank|studio|"
    r"research lab|hedge fund|contract manufacturer|exchange|trading house|shipbuilder|publisher|lender|miner|distributor|"
    r"consultancy|integrator|rival|drugmaker|agency|organisation|organization|fund manager|asset manager|investment manager|shop|"
    r"syndicate|organiser|organizer|landlord|contractor|housebuilder|chain|cooperative|co-operative|shipyard|shipowner|wholesaler|grocer|brewer|recycler|producer|"
    r"explorer|exporter|importer|trader|packer|grower|forwarder|haulier|hauler|reinsurer|underwriter|lessor|franchisee|bottler|roaster|co-op|dealer|family office|managing general agent|"
    r"nursery|laundry|bakery|creamery|brewery|distillery|winery|grinder|hatchery|breeder|florist|jeweller|jeweler|chemist|tailor|outfitter|"
    r"stationer|courier|caterer|fiduciary|trust company|dairy|cannery|tannery|pharmacy|optician|boutique"
)
COMPANY_NOUNS = first_letter_groups(COMPANY_NOUN_LIST)
"""The nouns a company is described by, as one alternation for a pattern (``COMPANY_NOUN_LIST``, grouped by first letter)."""


def _plural(noun: str) -> str:
    """A company noun's plural ("company" -> "companies", "business" -> "businesses"); "start-?ups?" already has one."""
    if noun.endswith("?"):
        return noun
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")


COMPANY_PLURALS = first_letter_groups("|".join(_plural(n) for n in COMPANY_NOUN_LIST.split("|")))
"""The company nouns in the plural, for "one of Peru's largest banks"."""

ROLE_NOUN_LIST = "maker|makers|developer|creator|owner|operator|publisher|parent|designer|manufacturer|producer|provider|supplier"
"""What a company is "of" in a bare apposition ("xAI, maker of the Grok chatbot,"): the name finder types the name a company's by it,
the plain reading leaves the apposition out."""
