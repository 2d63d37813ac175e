"""The real app in Debian's chromium: the widget on an intranet page, follow-ups, framing rules."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Dialog, FrameLocator, Page, ViewportSize

from tests.ui.conftest import Server, StaticSite

pytestmark = [pytest.mark.browser, pytest.mark.model, pytest.mark.slow]

DOCS = Path(__file__).resolve().parents[2] / "docs"


def collect_dialogs(page: Page) -> list[str]:
    """Record (and dismiss) every alert/confirm the page opens: there must be none."""
    dialogs: list[str] = []

    def on_dialog(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    return dialogs


def ask(frame: Page | FrameLocator, question: str, expect: str, timeout: float = 90_000) -> None:
    box = frame.get_by_test_id("stChatInput").locator("textarea")
    box.wait_for(timeout=timeout)
    box.fill(question)
    box.press("Enter")
    frame.locator('[data-testid="stChatMessage"]').filter(has_text=expect).first.wait_for(
        timeout=timeout
    )


def test_widget_on_intranet_page_answers_with_citations(
    browser: Browser, server: Server, intranet: StaticSite, artifacts: Path
) -> None:
    intranet.pages["/"] = (
        "<!doctype html><html><head><meta charset='utf-8'><title>Intranet</title>"
        "<style>button{color:rgb(255, 0, 0)}</style></head>"
        "<body><h1>内网</h1><button id='host'>host</button>"
        f"<script src='{server.url}widget.js' data-resqa-url='{server.url}'></script></body></html>"
    )
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    dialogs = collect_dialogs(page)
    page.goto(intranet.origin + "/")
    launcher = page.locator("[data-resqa-widget]").locator("button.launcher")
    launcher.wait_for()
    assert launcher.get_attribute("aria-expanded") == "false"
    launcher.click()
    assert launcher.get_attribute("aria-expanded") == "true"
    frame = page.frame_locator("[data-resqa-widget] iframe")
    ask(frame, "决议建议起草什么新的文件？", "执行部分第15段")
    ask(frame, "那第16段呢？", "执行部分第16段")
    # The widget's styles stay inside its shadow root; the host page's style is untouched.
    assert page.locator("#host").evaluate("e => getComputedStyle(e).color") == "rgb(255, 0, 0)"
    page.screenshot(path=str(artifacts / "widget-open.png"))
    # Keyboard: from the panel's own controls, Escape closes it and focus returns to the launcher
    # (keys typed inside the cross-origin iframe never reach the host page).
    page.locator("[data-resqa-widget]").locator("button.close").focus()
    page.keyboard.press("Escape")
    assert launcher.get_attribute("aria-expanded") == "false"
    assert page.evaluate("document.activeElement.matches('[data-resqa-widget]')")
    page.keyboard.press("Enter")  # the focused launcher opens it again
    assert launcher.get_attribute("aria-expanded") == "true"
    assert dialogs == []
    page.close()


def test_chat_page_and_screenshots(browser: Browser, server: Server, artifacts: Path) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(server.url)
    ask(page, "第四届世界议长大会在哪里召开？", "执行部分第5段")
    ask(page, "它的文件编号是什么？", "A/RES/68/272")
    page.get_by_role("button", name="在全文中查看").first.click()
    page.locator('[data-testid="stExpander"]').filter(has_text="▶").first.wait_for()
    time.sleep(0.5)
    page.screenshot(path=str(artifacts / "chat.png"))
    assert (artifacts / "chat.png").stat().st_size > 10_000
    # The README's screenshot changes only when asked for, not on every test run.
    if os.environ.get("RESQA_UPDATE_SCREENSHOT") == "1":
        shutil.copy(artifacts / "chat.png", DOCS / "screenshot.png")
    page.close()


def test_embed_mode_fits_a_small_iframe_and_mobile(
    browser: Browser, server: Server, artifacts: Path
) -> None:
    sizes: tuple[tuple[str, ViewportSize], ...] = (
        ("embed", {"width": 380, "height": 600}),
        ("mobile", {"width": 360, "height": 740}),
    )
    for name, size in sizes:
        page = browser.new_page(viewport=size)
        page.goto(server.url + "?embed=true&lang=en")
        ask(page, "What does the resolution ask of UN-Women?", "Operative paragraph 10")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= size["width"] + 1, f"{name}: horizontal scroll ({width}px)"
        page.screenshot(path=str(artifacts / f"{name}.png"))
        page.close()


def test_hostile_input_is_rendered_as_text(browser: Browser, server: Server) -> None:
    page = browser.new_page()
    dialogs = collect_dialogs(page)
    page.goto(server.url)
    for attack in (
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[点我](javascript:alert(1))",
    ):
        ask(page, attack, attack.split(">")[0][:8].replace("<", ""))
    page.wait_for_timeout(500)
    assert dialogs == []
    assert page.locator("img[src='x']").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    page.close()


def test_only_allowed_origins_can_frame_the_app(
    browser: Browser, server: Server, intranet: StaticSite, foreign_site: StaticSite
) -> None:
    framing = f"<!doctype html><html><body><iframe id='f' src='{server.url}' width='400' height='500'></iframe></body></html>"
    intranet.pages["/frame"] = framing
    foreign_site.pages["/frame"] = framing
    allowed = browser.new_page()
    allowed.goto(intranet.origin + "/frame")
    allowed.frame_locator("#f").get_by_test_id("stChatInput").wait_for(timeout=60_000)
    allowed.close()
    blocked = browser.new_page()
    blocked.goto(foreign_site.origin + "/frame")
    blocked.wait_for_timeout(4000)
    frame = blocked.frame_locator("#f")
    assert frame.get_by_test_id("stChatInput").count() == 0
    blocked.close()


def test_two_sessions_keep_separate_conversations(browser: Browser, server: Server) -> None:
    first, second = browser.new_page(), browser.new_page()
    first.goto(server.url)
    second.goto(server.url)
    ask(first, "决议建议起草什么新的文件？", "执行部分第15段")
    ask(second, "第四届世界议长大会在哪里召开？", "执行部分第5段")
    ask(first, "那第16段呢？", "执行部分第16段")
    assert (
        "第四届世界议长大会"
        not in first.locator('[data-testid="stChatMessage"]').first.inner_text()
    )
    assert (
        second.locator('[data-testid="stChatMessage"]').filter(has_text="起草什么新的文件").count()
        == 0
    )
    first.close()
    second.close()
