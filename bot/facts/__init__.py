"""The hospital's facts (config/hospital.yml): schema, loading and validation."""

from bot.facts.loader import FactsError, FactsSource, facts_source, load_facts
from bot.facts.schema import HospitalFacts

__all__ = ["FactsError", "FactsSource", "HospitalFacts", "facts_source", "load_facts"]
