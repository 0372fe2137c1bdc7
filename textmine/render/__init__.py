"""Presentations of a report: text summary, JSON, pandas frames, HTML audit page."""
