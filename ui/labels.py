"""Every interface string of the chat page, in Chinese and English, in one table.

Strings are Markdown the page writes itself; values filled into them must be escaped first.
"""

from __future__ import annotations

LANGS = ("zh", "en")

LABELS: dict[str, dict[str, str]] = {
    "page_title": {"zh": "resqa · 决议问答", "en": "resqa · Resolution Q&A"},
    "title": {"zh": "决议问答", "en": "Resolution Q&A"},
    "intro": {
        "zh": "就决议 {symbol}《{title}》提问，回答引用具体段落。",
        "en": "Ask about resolution {symbol}, “{title}”; answers cite the paragraphs.",
    },
    "input": {"zh": "就这项决议提问……", "en": "Ask about this resolution…"},
    "examples": {"zh": "示例问题", "en": "Example questions"},
    "new_conversation": {"zh": "新对话", "en": "New conversation"},
    "switch_language": {"zh": "English", "en": "中文"},
    "document": {"zh": "决议全文", "en": "Full text"},
    "selected": {"zh": "已选：{label}", "en": "Selected: {label}"},
    "citations": {"zh": "引用", "en": "Citations"},
    "see_also": {"zh": "最接近的段落", "en": "Closest paragraphs"},
    "footnote": {"zh": "{label}：{text}", "en": "{label}: {text}"},
    "cited_by": {"zh": "引用此脚注的段落：{labels}", "en": "Cited by: {labels}"},
    "show_in_document": {"zh": "在全文中查看", "en": "Show in the full text"},
    "thinking": {"zh": "正在查找……", "en": "Looking it up…"},
    "loading": {"zh": "正在准备（首次启动）……", "en": "Getting ready (first start)…"},
    "loading_model": {"zh": "正在加载模型……", "en": "Loading the model…"},
    "building": {
        "zh": "正在建立索引：{done}/{total} 段",
        "en": "Building the index: {done}/{total} units",
    },
    "ready": {"zh": "准备就绪", "en": "Ready"},
    "error": {"zh": "出错了：{error}", "en": "Something went wrong: {error}"},
    "hint_settings": {
        "zh": "请检查服务器的 RESQA_\\* 环境变量。",
        "en": "Please check the server's RESQA_\\* environment variables.",
    },
    "hint_model": {
        "zh": "嵌入模型不可用：请检查 RESQA_MODEL_CACHE，或由管理员运行 `resqa index`。",
        "en": "The embedding model is unavailable: check RESQA_MODEL_CACHE, "
        "or ask an administrator to run `resqa index`.",
    },
    "hint_store": {
        "zh": "索引不可用：管理员可运行 `resqa index --rebuild` 重建索引。",
        "en": "The index is unavailable: an administrator can run `resqa index --rebuild`.",
    },
    "hint_documents": {
        "zh": "无法读取决议文件：请检查 RESQA_DOCUMENTS。",
        "en": "A resolution file could not be read: check RESQA_DOCUMENTS.",
    },
    "hint_generic": {
        "zh": "请稍后重试；如果问题仍然存在，请联系管理员。",
        "en": "Please try again; if it keeps happening, tell your administrator.",
    },
}

EXAMPLES: dict[str, tuple[str, ...]] = {
    "zh": (
        "决议建议起草什么新的文件？",
        "第四届世界议长大会在哪里召开？",
        "妇女署与各国议会联盟在哪些领域合作？",
    ),
    "en": (
        "What new agreement does the resolution recommend?",
        "What does the resolution ask of UN-Women?",
        "When was the resolution adopted?",
    ),
}


def text(key: str, lang: str, **values: object) -> str:
    """An interface string in ``lang`` (``zh`` or ``en``; anything else means ``zh``).

    :param key: Key in :data:`LABELS`.
    :param lang: Interface language.
    :param values: ``{placeholders}`` to fill (escape user or document text first).
    :returns: The string.
    """
    entry = LABELS[key]
    template = entry.get(lang, entry["zh"])
    return template.format(**values) if values else template
