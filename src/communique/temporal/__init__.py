"""Recognition and normalisation of temporal expressions (dates, ranges, times, relatives)."""
