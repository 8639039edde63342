"""The files that measure NLU and are never trained on, named once (`make evaluate` scores them, `make validate`
checks that no training example is among them).

Paths are relative to the project root.
"""

from __future__ import annotations

EVALUATION_SET = "evaluation/nlu.yml"
# metrics key -> patients' messages scored by `make evaluate`; each later file was written (blind) once the one
# before had been read for its totals several times: the newest is the honest measure
PATIENTS_SETS = {
    "patients_set": "evaluation/patients.yml",
    "patients2_set": "evaluation/patients2.yml",
    "patients3_set": "evaluation/patients3.yml",
    "patients4_set": "evaluation/patients4.yml",
    "patients5_set": "evaluation/patients5.yml",
    "patients6_set": "evaluation/patients6.yml",
    "patients7_set": "evaluation/patients7.yml",
    "patients8_set": "evaluation/patients8.yml",
    "patients9_set": "evaluation/patients9.yml",
    "patients10_set": "evaluation/patients10.yml",
    "patients11_set": "evaluation/patients11.yml",
    "patients12_set": "evaluation/patients12.yml",
    "patients13_set": "evaluation/patients13.yml",
    "patients14_set": "evaluation/patients14.yml",
    "patients15_set": "evaluation/patients15.yml",
    "patients16_set": "evaluation/patients16.yml",
    "patients17_set": "evaluation/patients17.yml",
    "patients18_set": "evaluation/patients18.yml",
    "patients19_set": "evaluation/patients19.yml",
    "patients20_set": "evaluation/patients20.yml",
}
# development sets: thresholds and epochs are chosen on them, never on the files above
DEVELOPMENT_SETS = ("tests/data/nlu_dev.yml", "tests/data/nlu_dev2.yml")
