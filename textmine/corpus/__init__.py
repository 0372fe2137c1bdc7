"""Corpus checks: what needs a whole batch of reports."""
