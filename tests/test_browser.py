"""End to end: `streamlit run app_streamlit.py` in a subprocess, driven by Debian's headless Chromium.

What a person sees, at desktop size (1400×1000) and on a phone (390×844, mobile emulation): the answer's
figure as displayed, the source view with the table title and the highlighted row, the examples and the
tabs. Every step is saved as a screenshot in /tmp/app-shots/ (outside the repository) to be looked at.

Needs the Debian packages chromium and chromium-driver (`bash scripts/ensure_chromium.sh`); skipped
otherwise. Nothing is downloaded: Selenium is given the system driver, so Selenium Manager never runs.
The server reads the session's temporary index built with the real default model, as a user's would be.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from qa.config import PROJECT_ROOT, bundled_documents

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
CHROME_FLAGS = (
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
    "--lang=zh-CN",
)
DESKTOP = (1400, 1000)
PHONE = (390, 844)
SHOTS = Path(os.environ.get("BUDGET_QA_SHOTS", "/tmp/app-shots"))
START_TIMEOUT = 90  # seconds for the server to answer /_stcore/health
WAIT = 60  # seconds for an answer to appear
TOTAL = "2023年部门预算总额是多少？"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
                       reason="needs Debian's chromium and chromium-driver: run `bash scripts/ensure_chromium.sh`"),
]
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install -e '.[test]')")
from selenium.common.exceptions import StaleElementReferenceException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support import expected_conditions as ec  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

MAIN = (By.CSS_SELECTOR, '[data-testid="stMainBlockContainer"]')
DIALOG = (By.CSS_SELECTOR, '[role="dialog"]')


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(url: str, proc: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"streamlit exited with {proc.returncode}:\n{log.read_text(errors='replace')[-3000:]}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.status == 200 and r.read().strip() == b"ok":
                    return
        except OSError:
            pass
        time.sleep(0.3)
    pytest.fail(f"streamlit did not become healthy in {START_TIMEOUT}s:\n{log.read_text(errors='replace')[-3000:]}")


@pytest.fixture(scope="module")
def server(tmp_path_factory, e5_index) -> str:
    """Base URL of the app, served by `streamlit run` on a free port over a prebuilt temporary index."""
    port = free_port()
    log = tmp_path_factory.mktemp("browser-server") / "streamlit.log"
    env = {**os.environ, "BUDGET_QA_INDEX": str(e5_index), "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    cmd = [sys.executable, "-m", "streamlit", "run", str(PROJECT_ROOT / "app_streamlit.py"),
           "--server.port", str(port), "--server.address", "127.0.0.1", "--server.headless", "true",
           "--browser.gatherUsageStats", "false"]
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, cwd=PROJECT_ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, proc, log)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def open_browser(tmp_path_factory, size: tuple[int, int], *, phone: bool):
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (*CHROME_FLAGS, f"--window-size={size[0]},{size[1]}"):
        options.add_argument(flag)
    if phone:
        options.add_experimental_option("mobileEmulation", {
            "deviceMetrics": {"width": size[0], "height": size[1], "pixelRatio": 2, "touch": True},
            "userAgent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"})
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=str(CHROMEDRIVER)))
    driver.set_page_load_timeout(WAIT)
    return driver


def load(driver, server: str):
    driver.get(server)
    wait(driver).until(
        ec.presence_of_element_located((By.CSS_SELECTOR, '[data-testid="stChatInputTextArea"]')))
    wait(driver).until(lambda d: button(d, "新对话") or examples(d))
    return driver


@pytest.fixture(scope="module")
def desktop(server, tmp_path_factory):
    driver = open_browser(tmp_path_factory, DESKTOP, phone=False)
    try:
        yield load(driver, server)
    finally:
        driver.quit()


@pytest.fixture(scope="module")
def phone(server, tmp_path_factory):
    driver = open_browser(tmp_path_factory, PHONE, phone=True)
    try:
        yield load(driver, server)
    finally:
        driver.quit()


# ------------------------------------------------------------------------------------------ helpers


def shot(driver, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    time.sleep(0.5)  # let charts and fonts settle
    assert driver.save_screenshot(str(path)) and path.stat().st_size > 5_000
    return path


def wait(driver) -> WebDriverWait:
    """A wait that retries while the page is redrawn under it (stale elements)."""
    return WebDriverWait(driver, WAIT, ignored_exceptions=(StaleElementReferenceException,))


def button(driver, label: str, within=None):
    """The visible button whose text contains `label` (the last one: the newest answer's), or None."""
    root = within or driver
    try:
        found = [b for b in root.find_elements(By.XPATH, f'.//button[contains(normalize-space(.), "{label}")]')
                 if b.is_displayed()]
    except StaleElementReferenceException:  # redrawn while we looked: look again
        return None
    return found[-1] if found else None


def examples(driver) -> list:
    return [b for b in driver.find_elements(By.CSS_SELECTOR, '[class*="st-key-example_"] button') if b.is_displayed()]


def tap(driver, element) -> None:
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", element)
    time.sleep(0.3)
    element.click()


def messages(driver) -> list:
    return driver.find_elements(By.CSS_SELECTOR, '[data-testid="stChatMessage"]')


def ask(driver, question: str):
    """Type a question, wait for its answer; the answer's chat message."""
    before = len(messages(driver))
    box = wait(driver).until(
        ec.element_to_be_clickable((By.CSS_SELECTOR, '[data-testid="stChatInputTextArea"]')))
    box.click()
    box.send_keys(question)
    box.send_keys(Keys.ENTER)
    return answer(driver, before)


def answer(driver, before: int):
    def ready(d):
        msgs = messages(d)
        if len(msgs) < before + 2:
            return False
        try:  # the reply is drawn (a route badge) and the page has stopped running
            done = not d.find_elements(By.CSS_SELECTOR, '[data-testid="stSpinner"]')
            return msgs[-1] if done and msgs[-1].find_elements(By.CSS_SELECTOR, '[data-testid="stMarkdown"]') else False
        except StaleElementReferenceException:
            return False

    wait(driver).until(ready)
    time.sleep(1.0)
    return messages(driver)[-1]


def open_source_view(driver, message, label: str):
    mention = wait(driver).until(lambda d: button(d, label, message))
    tap(driver, mention)
    dialog = wait(driver).until(ec.visibility_of_element_located(DIALOG))
    # the dialog opens with its title first; its body (the table or the passage) follows a rerun later
    wait(driver).until(lambda d: len(d.find_element(*DIALOG).text) > 20)
    return driver.find_element(*DIALOG) if dialog else dialog


def close_dialog(driver) -> None:
    dialog = driver.find_element(*DIALOG)
    close = dialog.find_element(By.CSS_SELECTOR, 'button[aria-label="Close"]')
    close.click()
    wait(driver).until(ec.invisibility_of_element_located(DIALOG))


def background(driver, element) -> tuple[int, ...]:
    color = driver.execute_script("return getComputedStyle(arguments[0]).backgroundColor;", element)
    return tuple(int(float(v)) for v in color[color.index("(") + 1 : -1].split(",")[:3])


def in_view(driver, element, size: tuple[int, int]) -> bool:
    r = driver.execute_script("return arguments[0].getBoundingClientRect();", element)
    return r["width"] > 0 and r["left"] >= -1 and r["right"] <= size[0] + 1 and r["top"] >= -1 and r["bottom"] <= size[1] + 1


def sidebar_open(driver) -> bool:
    bars = driver.find_elements(By.CSS_SELECTOR, '[data-testid="stSidebar"]')
    if not bars:
        return False
    r = driver.execute_script("return arguments[0].getBoundingClientRect();", bars[0])
    return bars[0].get_attribute("data-collapsed") != "true" and r["right"] > 10


# ------------------------------------------------------------------------------------------ desktop


def test_desktop_landing_page(desktop):
    main = desktop.find_element(*MAIN).text
    assert main.count("部门预算问答") == 1
    assert "已收录：北京市西城区人力资源和社会保障局 · 2023 年 · 1 份文件" in main
    assert len(examples(desktop)) >= 4
    assert all(in_view(desktop, b, DESKTOP) for b in examples(desktop))
    assert [t.text for t in desktop.find_elements(By.CSS_SELECTOR, '[role="tab"]')] == ["问答", "批量回答", "一致性检查"]
    shot(desktop, "browser-desktop-1-landing")


def test_desktop_answer_shows_the_readable_figure_and_its_source(desktop):
    reply = ask(desktop, TOTAL)
    text = reply.text
    assert "10,122.38 万元" in text and "约 1.01 亿元" in text and "数据查询" in text
    assert "10,122.377376" not in text.split("来源")[0]  # rounded where it is read …
    exact = reply.find_elements(By.CSS_SELECTOR, 'span.bqa-fig[title*="10,122.377376"]')
    assert exact and exact[0].text == "10,122.38 万元"  # … with the exact figure on hover
    metric = reply.find_element(By.CSS_SELECTOR, '[data-testid="stMetricValue"]')
    assert metric.text == "10,122.38 万元"
    assert "置信度" not in text and "Traceback" not in desktop.page_source
    shot(desktop, "browser-desktop-2-answer")

    dialog = open_source_view(desktop, reply, "来源：表一 部门收支总体情况表")
    assert "表一 部门收支总体情况表" in dialog.text and "单位：万元" in dialog.text
    cited = dialog.find_element(By.CSS_SELECTOR, "tr.bqa-cited")
    assert "收入总计" in cited.text and "10,122.377376" in cited.text
    red, green, blue = background(desktop, cited.find_element(By.TAG_NAME, "td"))
    assert red > 240 and green > 220 and blue < 200, "the cited row is highlighted"
    assert cited.is_displayed()
    shot(desktop, "browser-desktop-3-source-view")
    close_dialog(desktop)


def test_desktop_ranking_is_sorted_with_full_labels(desktop):
    reply = ask(desktop, "预算最多的五个项目")
    wait(desktop).until(lambda d: reply.find_elements(By.CSS_SELECTOR, '[data-testid="stVegaLiteChart"] canvas, [data-testid="stVegaLiteChart"] svg'))
    metric = reply.find_element(By.CSS_SELECTOR, '[data-testid="stMetricValue"]')
    assert metric.text == "530.00 万元"
    assert "就业大厦装修二期" in reply.find_element(By.CSS_SELECTOR, '[data-testid="stMetricLabel"]').text
    names = [td.text for td in reply.find_elements(By.CSS_SELECTOR, "table.bqa tbody tr td:nth-child(2)")]
    assert names[0] == "就业大厦装修二期" and not any("（2023）" in n for n in names)
    amounts = [float(td.text.replace(",", "")) for td in reply.find_elements(By.CSS_SELECTOR, "table.bqa tbody tr td:nth-child(3)")]
    assert amounts == sorted(amounts, reverse=True)
    chart = reply.find_element(By.CSS_SELECTOR, '[data-testid="stVegaLiteChart"]')
    desktop.execute_script("arguments[0].scrollIntoView({block: 'center'});", chart)
    shot(desktop, "browser-desktop-4-ranking")


def test_desktop_findings_open_the_source_view(desktop):
    tap(desktop, desktop.find_element(By.XPATH, '//*[@role="tab"][contains(., "一致性检查")]'))
    wait(desktop).until(lambda d: button(d, "文中：第"))
    assert "错误" in desktop.find_element(*MAIN).text
    shot(desktop, "browser-desktop-5-findings")
    for _ in range(3):  # the tab may still be redrawing: a link found before the redraw is gone, so find it again
        try:
            tap(desktop, wait(desktop).until(lambda d: button(d, "文中：第")))
            break
        except StaleElementReferenceException:
            time.sleep(0.5)
    wait(desktop).until(ec.visibility_of_element_located(DIALOG))
    cited = wait(desktop).until(lambda d: d.find_element(*DIALOG).find_elements(By.CSS_SELECTOR, ".bqa-cited"))
    assert cited[0].text.strip()
    shot(desktop, "browser-desktop-6-finding-source")
    close_dialog(desktop)


def test_desktop_batch_tab(desktop, tmp_path):
    tap(desktop, desktop.find_element(By.XPATH, '//*[@role="tab"][contains(., "批量回答")]'))
    upload = wait(desktop).until(ec.presence_of_element_located(
        (By.CSS_SELECTOR, '[data-testid="stMainBlockContainer"] input[type="file"]')))
    questions = tmp_path / "常见问题.csv"
    questions.write_text(f"问题,备注\n{TOTAL},总额\n2019年部门预算总额是多少？,超范围\n", encoding="utf-8")
    upload.send_keys(str(questions))
    start = wait(desktop).until(lambda d: (b := button(d, "开始批量回答")) and b.is_enabled() and b)
    tap(desktop, start)
    wait(desktop).until(ec.text_to_be_present_in_element(MAIN, "常见问题.csv：共 2 个问题"))
    # the page draws the summary, then the downloads under it: wait for the last, then read them all
    wait(desktop).until(lambda d: button(d, "下载 CSV") and button(d, "下载 Excel"))
    main = desktop.find_element(*MAIN).text
    assert "已回答\n1" in main and "未找到\n1" in main and "出错\n0" in main
    assert not desktop.find_elements(By.CSS_SELECTOR, '[data-testid="stProgress"]')
    shot(desktop, "browser-desktop-7-batch")
    tap(desktop, desktop.find_element(By.XPATH, '//*[@role="tab"][contains(., "问答")]'))


# ------------------------------------------------------------------------------------------ phone


def test_phone_examples_are_in_reach(phone):
    assert not sidebar_open(phone)
    found = examples(phone)
    assert len(found) >= 4
    assert in_view(phone, found[0], PHONE), "the first example is on the first screen, no sidebar needed"
    assert "点击左侧" not in phone.find_element(*MAIN).text
    shot(phone, "browser-phone-1-landing")
    label = found[0].text
    before = len(messages(phone))
    tap(phone, found[0])
    reply = answer(phone, before)
    assert messages(phone)[-2].text.strip().endswith(label)
    assert reply.find_elements(By.CSS_SELECTOR, '[data-testid="stMarkdown"]')
    shot(phone, "browser-phone-2-example-answer")


def test_phone_ranking_keeps_the_amount_column_and_collapses_sql(phone):
    reply = ask(phone, "预算最多的十个项目")
    table = wait(phone).until(lambda d: reply.find_elements(By.CSS_SELECTOR, "table.bqa"))[0]
    phone.execute_script("arguments[0].scrollIntoView({block: 'center'});", table)
    amounts = table.find_elements(By.CSS_SELECTOR, "tbody tr td:nth-child(3)")
    assert amounts[0].text == "530.00"
    assert all(in_view(phone, a, (PHONE[0], 10**6)) for a in amounts), "the amount column stays on screen"
    blocks = reply.find_elements(By.CSS_SELECTOR, "details")  # 来源 and SQL (when the core gives one)
    assert blocks and all(d.get_attribute("open") is None for d in blocks), "long blocks stay collapsed"
    shot(phone, "browser-phone-3-ranking")

    open_source_view(phone, reply, "来源：表四 项目支出表")
    card = wait(phone).until(lambda d: [c for c in d.find_element(*DIALOG).find_elements(By.CSS_SELECTOR, "table.bqa-card")
                                        if c.is_displayed()])[0]
    dialog = phone.find_element(*DIALOG)
    assert "表四 项目支出表" in dialog.text and "530.000000" in card.text  # the cited row, readable on a phone
    assert in_view(phone, card.find_elements(By.TAG_NAME, "td")[-1], (PHONE[0], 10**6))
    shot(phone, "browser-phone-4-source-view")
    close_dialog(phone)


def test_phone_sidebar_closes_after_a_choice(phone):
    expand = wait(phone).until(lambda d: [b for b in d.find_elements(
        By.CSS_SELECTOR, '[data-testid="stExpandSidebarButton"], [data-testid="stSidebarCollapsedControl"] button')
        if b.is_displayed()])[0]
    tap(phone, expand)
    wait(phone).until(lambda d: sidebar_open(d))
    shot(phone, "browser-phone-5-sidebar")
    document = bundled_documents(PROJECT_ROOT / "data")[0]  # the same file again: the index stays unchanged
    phone.find_element(By.CSS_SELECTOR, '[data-testid="stSidebar"] input[type="file"]').send_keys(str(document))
    add = wait(phone).until(lambda d: (b := button(d, "加入索引")) and b.is_enabled() and b)
    tap(phone, add)
    wait(phone).until(ec.text_to_be_present_in_element(MAIN, "内容没有变化"))
    wait(phone).until(lambda d: not sidebar_open(d))
    shot(phone, "browser-phone-6-after-choice")
