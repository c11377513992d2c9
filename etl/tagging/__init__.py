"""Sentence-level tagging of infrastructure incidents (pure functions, no I/O)."""

from etl.tagging.tagger import tag_document

__all__ = ["tag_document"]
