"""dateparser as the normaliser of last resort.

The grammar finds a temporal phrase it cannot value ("il y a vingt-cinq jours", "in a
fortnight"); dateparser values it against the mention's anchor, with the tense of its
sentence, at the precision (day, week, month, year) it reports. It is called rarely, and
each parser is built once per language, tense and anchor.
"""

from __future__ import annotations

import datetime
import functools
import warnings
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

__all__ = ["normalise"]

_FORMATS = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}


@functools.lru_cache(maxsize=32)
def _parser(language: str, prefer: str, order: str, base: datetime.date) -> DateDataParser:
    from dateparser.date import DateDataParser

    settings = {
        "RELATIVE_BASE": datetime.datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": prefer,
        "DATE_ORDER": order,
        "RETURN_TIME_AS_PERIOD": False,
    }
    return DateDataParser(languages=[language], settings=settings)


def normalise(
    phrase: str, language: str, anchor: datetime.date, *, future: bool = False, order: str = "DMY"
) -> str | None:
    """The value of ``phrase`` at dateparser's precision, or None when it cannot say.

    >>> normalise("il y a vingt-cinq jours", "fr", datetime.date(2024, 5, 10))
    >>> normalise("twenty-five days ago", "en", datetime.date(2024, 5, 10))
    '2024-04-15'
    >>> normalise("in a fortnight", "en", datetime.date(2024, 5, 10))
    '2024-W21'
    """
    parser = _parser(language, "future" if future else "past", order, anchor)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            data = parser.get_date_data(" ".join(phrase.split()))
        except (ValueError, OverflowError, TypeError):
            return None
    if data.date_obj is None:
        return None
    if data.period == "week":
        year, week, _ = data.date_obj.isocalendar()
        return f"{year}-W{week:02d}"
    return data.date_obj.strftime(_FORMATS.get(data.period or "day", "%Y-%m-%d"))
