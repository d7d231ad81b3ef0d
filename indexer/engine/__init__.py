"""Queries into ranked, highlighted results over one index generation."""
