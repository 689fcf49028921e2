"""Beyond one machine: parse a corpus as a Dask bag and flatten it into Dask DataFrames.

Needs the ``dask`` extra (``pip install 'communique[dask]'``). The same code runs on a
laptop or a cluster: connect a ``distributed.Client`` to a scheduler first and Dask sends
the work there.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

# Absolute imports: this module is ``communique.dask``, the library is ``dask``.
try:
    import dask
    import dask.bag
    import dask.dataframe
except ImportError as missing:  # pragma: no cover - the dev extra installs dask
    raise ImportError(
        f"communique.dask needs the dask extra: pip install 'communique[dask]' ({missing})"
    ) from missing

from communique.batch import ParseOptions, parse_one
from communique.errors import CommuniqueError
from communique.model import Communique
from communique.tables import KINDS, document_rows, frame

if TYPE_CHECKING:
    from collections.abc import Sequence

    import pandas

    from communique.serialize import JsonDict
    from communique.tables import Record

__all__ = ["parse_bag", "to_dataframes", "write_parquet"]


def parse_bag(
    items: Sequence[str | os.PathLike[str]] | dask.bag.Bag,
    *,
    options: ParseOptions | None = None,
    npartitions: int | None = None,
) -> dask.bag.Bag:
    """A bag of result records, one per document, in the order of ``items``.

    Each record is ``{"file": name, **Communique.to_dict()}``, or ``{"file", "error"}`` for
    a document that failed (as ``BatchResult.to_record``). For paths the name is the path;
    a bag may hold texts (named ``sha1:`` and 16 hex digits of their content) or
    ``(name, text)`` pairs.

    Args:
        items: file paths, or a ``dask.bag.Bag`` of texts or ``(name, text)`` pairs.
        options: language, reference date, encoding and size limit.
        npartitions: partitions of the bag made from paths (Dask's default when None).
    """
    options = options or ParseOptions()
    if isinstance(items, dask.bag.Bag):
        return items.map(_parse_text, options)
    paths = [os.fspath(item) for item in items]
    if npartitions is None:
        bag = dask.bag.from_sequence(paths)
    else:
        bag = dask.bag.from_sequence(paths, npartitions=npartitions)
    return bag.map(_parse_path, options)


def _parse_path(path: str, options: ParseOptions) -> JsonDict:
    return parse_one(path, options).to_record()


def _parse_text(item: str | tuple[str, str], options: ParseOptions) -> JsonDict:
    if isinstance(item, tuple):
        name, text = item
    else:
        name, text = "sha1:" + hashlib.sha1(item.encode("utf-8")).hexdigest()[:16], item
    try:
        doc = options.parse_text(text)
    except CommuniqueError as error:
        return {"file": name, "error": {"type": type(error).__name__, "message": str(error)}}
    return {"file": name, **doc.to_dict()}


def _rows(partition: Sequence[JsonDict]) -> dict[str, list[Record]]:
    """Every table's rows for one partition of records (failed documents left out)."""
    rows: dict[str, list[Record]] = {kind: [] for kind in KINDS}
    for record in partition:
        if "error" in record:
            continue
        data = {key: value for key, value in record.items() if key != "file"}
        for kind, found in document_rows(str(record["file"]), Communique.from_dict(data)).items():
            rows[kind].extend(found)
    return rows


def _frame(kind: str, rows: dict[str, list[Record]]) -> pandas.DataFrame:
    return frame(kind, rows[kind])


def to_dataframes(bag: dask.bag.Bag) -> dict[str, dask.dataframe.DataFrame]:
    """One Dask DataFrame per table of :func:`communique.tables`, from a bag of records.

    The frames share one flattening of each partition: compute them together
    (``dask.compute(*frames.values())`` or :func:`write_parquet`) to parse once.
    """
    parts = [dask.delayed(_rows)(part) for part in bag.to_delayed()]
    return {
        kind: dask.dataframe.from_delayed(
            [dask.delayed(_frame)(kind, part) for part in parts], meta=frame(kind, [])
        )
        for kind in KINDS
    }


def write_parquet(bag: dask.bag.Bag, directory: str | os.PathLike[str]) -> list[Path]:
    """Write every table of a bag of records to ``directory/<kind>/`` as Parquet (pyarrow).

    All tables are computed in one pass, so each document is parsed once.
    """
    folder = Path(directory)
    frames = to_dataframes(bag)
    writes = [
        frames[kind].to_parquet(folder / kind, write_index=False, compute=False) for kind in KINDS
    ]
    dask.compute(*writes)
    return [folder / kind for kind in KINDS]
