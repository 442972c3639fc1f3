"""Customer sentences in the chain's other languages, keyed as messages.ENGLISH.

Filled per language; a key missing here falls back to English.
"""

SENTENCES: dict[str, dict[str, str]] = {}
