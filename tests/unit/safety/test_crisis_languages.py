"""Crisis cues in other languages (bot.safety.crisis_languages), read by the rules without the learned model."""

from __future__ import annotations

import pytest

from bot.safety import assess, read_rules
from bot.safety.crisis_languages import fold


@pytest.mark.parametrize(
    "text",
    [
        "mi papá no respira, ayuda por favor",
        "mi hijo se tragó una pila de botón hace 5 minutos",
        "mi abuela está sangrando mucho y está muy pálida",
        "mon père ne respire plus, aidez-moi",
        "ma fille a avalé des médicaments de sa grand-mère",
        "minha mãe desmaiou e não acorda",
        "ang lola ko hindi humihinga, tulong",
        "mój syn nie oddycha, pomocy",
        "bố tôi bị đau ngực dữ dội",
        "mein Mann ist bewusstlos",
        "мой отец не дышит",
        "我爸爸昏迷了",
        "아버지가 쓰러졌어요",
    ],
)
def test_emergencies_in_other_languages(text: str) -> None:
    assert read_rules(text).crisis == "medical_emergency"
    assert assess(text).sensitive


@pytest.mark.parametrize(
    "text",
    [
        "mi hermana dice que se quiere matar",
        "quiero suicidarme esta noche",
        "mi mamá se tomó todas sus pastillas",
        "je veux mourir, je n'en peux plus",
        "não quero mais viver",
        "gusto ko nang mamatay",
        "Łukasz mówi że chce umrzeć",
        "хочу умереть",
    ],
)
def test_self_harm_in_other_languages(text: str) -> None:
    assert read_rules(text).crisis == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "mi papá tuvo un infarto el año pasado, ¿dónde está cardiología?",
        "¿cuáles son los síntomas de un derrame cerebral?",
        "a propósito, ¿a qué hora abre la farmacia?",
        "mi hijo no responde mis mensajes, ¿está en el cuarto 312?",
        "no quiero morir de aburrimiento en la sala de espera jaja",
        "est-ce que je peux visiter ma tante ce soir?",
        "mi abuelo murió de un infarto hace dos años",
    ],
)
def test_past_general_and_everyday_sentences_are_not_crises_for_the_rules(text: str) -> None:
    assert read_rules(text).crisis is None


def test_folding_keeps_offsets_and_other_scripts() -> None:
    for text in ("mój syn nie oddycha", "está sangrando", "아버지가 쓰러졌어요", "不呼吸"):
        assert len(fold(text)) == len(text)
    assert fold("mój łokieć") == "moj lokiec"
    assert fold("아버지") == "아버지"
