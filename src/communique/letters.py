r"""Character classes for letters by case, for patterns compiled with :mod:`re`.

:mod:`re` has no ``\p{Lu}``: the usual stand-in ``[^\W\d_a-z]`` ("a letter, not an
ASCII lower-case one") also takes the accented lower-case letters of French ("à Dakar",
"été", "ça"), so a word after a name looked capitalised and the name was dropped.
``CAPITAL`` leaves out the lower-case letters of Latin-1 and "œ" too, which covers the
languages the library reads; a rarer lower-case letter still counts as a capital.
"""

from __future__ import annotations

from typing import Final

__all__ = ["CAPITAL"]

CAPITAL: Final = r"[^\W\d_a-zªµºß-öø-ÿœ]"
"""One capital letter (with :mod:`re`): any letter but the lower-case ones of Latin-1."""
