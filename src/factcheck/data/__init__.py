"""Lexicons as data files, read with importlib.resources by factcheck.lexicon."""
