"""The exceptions AllianceKG raises, in one place.

    AllianceKGError
    ├── ArticleError            an article cannot be read or holds no text
    ├── RDFInputError           an RDF file cannot be parsed
    ├── QueryError              a SPARQL query or update is malformed or refused
    │   ├── UnsupportedQuery    valid SPARQL that this operation does not take
    │   ├── ResultTooLarge      an answer over the configured size limit
    │   └── RemoteAccessRefused SERVICE / LOAD aimed at an endpoint not allowed
    ├── QueryTimeout            a query ran over the time limit and was stopped
    ├── Overloaded              every query worker stayed busy
    ├── AccessDenied            a write without the right credentials
    │   └── WritesDisabled      writes are off on this deployment
    ├── StoreError              the store cannot be opened or written
    │   └── StoreLocked         another process holds the embedded store
    ├── FormatError             a result format that does not fit the query
    ├── NotFound                nothing is known about an IRI that was asked for
    └── InvalidParameter        a view or analytics parameter out of range or unknown

Domain code raises these; the HTTP app maps each to a status code in one
table, and the CLI prints the message and exits non-zero.
"""

from __future__ import annotations

__all__ = [
    "AllianceKGError",
    "ArticleError",
    "RDFInputError",
    "QueryError",
    "UnsupportedQuery",
    "StoreError",
    "StoreLocked",
    "FormatError",
    "NotFound",
    "ResultTooLarge",
    "RemoteAccessRefused",
    "QueryTimeout",
    "Overloaded",
    "AccessDenied",
    "WritesDisabled",
    "InvalidParameter",
]


class AllianceKGError(Exception):
    """Base class of every error AllianceKG raises on purpose."""


class ArticleError(AllianceKGError):
    """An article file cannot be read, decoded, or holds no text."""


class RDFInputError(AllianceKGError):
    """An RDF file given to ingest cannot be parsed."""


class QueryError(AllianceKGError):
    """A SPARQL query or update is malformed or refused."""


class UnsupportedQuery(QueryError):
    """Valid SPARQL of a form this operation does not take."""


class StoreError(AllianceKGError):
    """The store cannot be opened, read or written."""


class StoreLocked(StoreError):
    """Another process holds the embedded store's lock."""


class FormatError(AllianceKGError):
    """A result format that does not fit the query form."""


class NotFound(AllianceKGError):
    """Nothing is known about a resource that was asked for."""


class ResultTooLarge(QueryError):
    """A query's serialised answer is over the configured size limit."""


class RemoteAccessRefused(QueryError):
    """A SERVICE or LOAD aimed at an endpoint this server may not contact."""


class QueryTimeout(AllianceKGError):
    """A query ran over the time limit; its work was stopped."""


class Overloaded(AllianceKGError):
    """No query worker became free in time; try again shortly."""


class AccessDenied(AllianceKGError):
    """A write without a valid bearer token."""


class WritesDisabled(AccessDenied):
    """Writes are turned off on this deployment (no write token configured)."""


class InvalidParameter(AllianceKGError):
    """A view or analytics parameter that is unknown, malformed or out of range."""
