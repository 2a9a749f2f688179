"""The demo's chat format, shared by the diagnostics: a user turn and the generation prompt,
exactly as `alignonce demo` formats every prompt (ChatML)."""


def user_prompt(text):
    return f"<|im_start|>user\n{text}<|im_end|>\n<|im_start|>assistant\n"


def prompt_ids(tok, text):
    return tok(user_prompt(text), return_tensors="pt").input_ids
