"""Character-level normalisation stages; each records its edits in the offset map."""
