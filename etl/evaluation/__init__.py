"""Measuring the tagger on real, human-labelled reporting (`python -m etl evaluate`).

Sets are read from ../shared/realdata and never copied here; etl/data/eval holds only ids, labels, label
mappings and the floors the figures must keep.
"""
