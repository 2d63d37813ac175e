"""Keep every entry point offline: no telemetry, no usage statistics, no model hub."""

from __future__ import annotations

import os
from collections.abc import MutableMapping

# Set before chromadb, streamlit or huggingface modules are imported; they read these at import.
OFFLINE_ENV = {
    "ANONYMIZED_TELEMETRY": "False",
    "CHROMA_TELEMETRY": "False",
    "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "TOKENIZERS_PARALLELISM": "false",
    "TRANSFORMERS_VERBOSITY": "error",
    "HF_HUB_DISABLE_PROGRESS_BARS": "1",
}


def disable_outbound_calls(env: MutableMapping[str, str] | None = None) -> MutableMapping[str, str]:
    """Switch off telemetry and hub access for this process and the processes it starts.

    :param env: The environment to change; ``os.environ`` when omitted.
    :returns: The same environment, for chaining into ``subprocess`` calls.
    """
    target = os.environ if env is None else env
    for key, value in OFFLINE_ENV.items():
        target[key] = value
    return target
