"""Person-name normalisation and matching; knows nothing of claims."""

from factcheck.names.compare import (
    DEFAULT_THRESHOLD,
    NameMatch,
    clear_caches,
    is_surname_variant,
    match_names,
    token_similarity,
)
from factcheck.names.normalize import fold, fold_token, name_tokens, skeleton, stems

__all__ = [
    "DEFAULT_THRESHOLD",
    "NameMatch",
    "clear_caches",
    "fold",
    "fold_token",
    "is_surname_variant",
    "match_names",
    "name_tokens",
    "skeleton",
    "stems",
    "token_similarity",
]
