"""Resolve stages: link mentions into entities and decide what the extractors cannot alone."""
