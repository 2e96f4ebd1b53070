"""Claims from many sources -> identities, events and conflicts."""

from factcheck.reconcile.identity import Identities, is_same_person, resolve_identities
from factcheck.reconcile.reconciler import reconcile

__all__ = ["Identities", "is_same_person", "reconcile", "resolve_identities"]
