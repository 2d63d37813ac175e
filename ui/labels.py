"""Every interface string of the chat page, in Chinese and English."""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "zh": {
        "page_title": "resqa · 决议问答",
        "title": "决议问答",
        "intro": "就决议 {symbol}《{title}》提问，回答引用具体段落。",
        "input": "就这项决议提问……",
        "examples": "示例问题",
        "new_conversation": "新对话",
        "document": "决议全文",
        "citations": "引用",
        "footnotes": "脚注",
        "see_also": "最接近的段落",
        "show_in_document": "在全文中查看",
        "selected": "已选：{label}",
        "building": "正在建立索引（首次启动）……",
        "loading": "正在加载模型……",
        "error": "出错了：{error}",
        "error_hint": "请联系管理员；管理员可运行 `resqa index --rebuild` 重建索引。",
        "cited_by": "引用此脚注的段落：{labels}",
        "language": "English",
        "empty": "请输入问题。",
    },
    "en": {
        "page_title": "resqa · Resolution Q&A",
        "title": "Resolution Q&A",
        "intro": "Ask about resolution {symbol}, “{title}”; answers cite the paragraphs.",
        "input": "Ask about this resolution…",
        "examples": "Example questions",
        "new_conversation": "New conversation",
        "document": "Full text",
        "citations": "Citations",
        "footnotes": "Footnotes",
        "see_also": "Closest paragraphs",
        "show_in_document": "Show in the full text",
        "selected": "Selected: {label}",
        "building": "Building the index (first start)…",
        "loading": "Loading the model…",
        "error": "Something went wrong: {error}",
        "error_hint": "Please tell your administrator; `resqa index --rebuild` rebuilds the index.",
        "cited_by": "Cited by: {labels}",
        "language": "中文",
        "empty": "Please type a question.",
    },
}

EXAMPLES: dict[str, list[str]] = {
    "zh": [
        "决议建议起草什么新的文件？",
        "第四届世界议长大会在哪里召开？",
        "妇女署与各国议会联盟在哪些领域合作？",
    ],
    "en": [
        "What new agreement does the resolution recommend?",
        "What does the resolution ask of UN-Women?",
        "When was the resolution adopted?",
    ],
}


def text(key: str, lang: str, **values: object) -> str:
    """An interface string in ``lang`` (``zh`` or ``en``), with ``{placeholders}`` filled."""
    table = LABELS.get(lang, LABELS["zh"])
    return table[key].format(**values) if values else table[key]
