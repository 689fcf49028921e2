"""Small invented communiqués (French and English) written for the corpus tests."""

from __future__ import annotations

from typing import Final

FRENCH: Final = (
    "Communiqué conjoint franco-canadien\n\n"
    "1. M. Paul Lemaire, ministre des affaires étrangères, et Mme Claire Dubois, "
    "ministre du commerce, se sont réunis à Ottawa le 12 mars 2024.\n\n"
    "2. Ils ont salué l'entrée en vigueur de l'accord économique et commercial global "
    "(AECG) en 2017 et se retrouveront en 2025./.\n"
)
ENGLISH: Final = (
    "Joint Statement on Maritime Cooperation\n\n"
    "1. Foreign Minister Anna Berg and Defence Minister Tom Hale met in Oslo on 4 June 2023.\n\n"
    "2. They welcomed the Treaty on the Non-Proliferation of Nuclear Weapons (NPT) "
    'and agreed to meet again "soon" & <regularly>.\n'
)
HOSTILE: Final = 'Note <script>alert("x")</script> & "quotes", signed 5 May 2022.\n'
