"""Human handoff: the staff queue, its priority, and relaying staff replies into the patient's channel.

- `queue.py`: escalations in the app database (open -> claimed -> resolved), claim races, transfer.
- `records.py`: what the channel guard records for each screened message: its flags and its queue item.
- `priority.py`: one score per queue item (crisis > sensitive > negative sentiment > waiting).
- `delivery.py` + `rasa_api.py`: on the Rasa server, where the channels live, a token-protected
  API the console calls to read a transcript, send a staff reply through the patient's channel,
  pause and resume the bot. One delivery class per channel, in one registry (`delivery.register`);
  Messenger's are in bot.channels.messenger.delivery (channels import handoff, never the reverse).
- `client.py`: the console's client for that API.
"""

from __future__ import annotations

from bot.safety.kinds import Crisis

# Queues staff work from, in the order the console lists them.
QUEUES: dict[str, str] = {
    "patient_services": "Patient services",
    "nurse_line": "Nurse line",
    "billing": "Billing",
    "scheduling": "Scheduling",
    "pharmacy": "Pharmacy",
    "records": "Medical records",
}

# Why a conversation was handed off: a label for staff, and the queue it starts in.
REASONS: dict[str, tuple[str, str]] = {
    Crisis.MEDICAL_EMERGENCY: ("Medical emergency", "patient_services"),
    Crisis.SELF_HARM: ("Self-harm risk", "patient_services"),
    "request_human": ("Asked for a person", "patient_services"),
    "repeated_misunderstanding": ("Bot misunderstood twice", "patient_services"),
    "complaint": ("Complaint", "patient_services"),
    "billing_dispute": ("Billing dispute", "billing"),
    "clinical_question": ("Clinical question", "nurse_line"),
    "secure_request": ("Request from the secure chat", "patient_services"),
}

# Intents the assistant hands off, and the reason recorded.
HANDOFF_INTENTS: dict[str, str] = {
    "request_human": "request_human",
    "complaint": "complaint",
    "billing_dispute": "billing_dispute",
    "clinical_question": "clinical_question",
}
