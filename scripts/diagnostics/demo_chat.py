"""The demo's chat format, shared by the diagnostics: a user turn and the generation prompt,
exactly as `alignonce demo` formats every prompt (ChatML)."""


def user_prompt(text):
    return f"<|im_start|>user\n{text}<|im_end|>\n<|im_start|>assistant\n"


def prompt_ids(tok, text):
    return tok(user_prompt(text), return_tensors="pt").input_ids


def world_lexicons(langs):
    """The world text of each language, read from the checkout's Sources/Demo/Resources/world."""
    import json, os
    here = os.path.dirname(os.path.abspath(__file__))
    return {l: json.load(open(os.path.join(here, "../../Sources/Demo/Resources/world", f"{l}.json"))) for l in langs}


def model_and_languages(argv):
    """(tokenizer, model, languages, world) for `SCRIPT MODEL_DIR [LANG,LANG,...]`."""
    from transformers import AutoModelForCausalLM, AutoTokenizer
    langs = (argv[2] if len(argv) > 2 else "en,es,fr,de,zh,ru,ar,sw,bn").split(",")
    tok = AutoTokenizer.from_pretrained(argv[1])
    return tok, AutoModelForCausalLM.from_pretrained(argv[1]).eval(), langs, world_lexicons(langs)
