"""End to end: `streamlit run app_streamlit.py` in a subprocess, driven by Debian's headless Chromium.

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

from qa.config import PROJECT_ROOT

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
CHROME_FLAGS = (
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
    "--window-size=1400,1100", "--lang=zh-CN",
)
START_TIMEOUT = 90  # seconds for the server to answer /_stcore/health
WAIT = 60  # seconds for an answer to appear

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
                       reason="needs Debian's chromium and chromium-driver: run `bash scripts/ensure_chromium.sh`"),
]
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install -e '.[test]')")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support import expected_conditions as ec  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


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
    index = e5_index
    port = free_port()
    log = tmp_path_factory.mktemp("browser-server") / "streamlit.log"
    env = {**os.environ, "BUDGET_QA_INDEX": str(index), "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
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


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in CHROME_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=str(CHROMEDRIVER)))
    driver.set_page_load_timeout(WAIT)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="module")
def page(server, browser):
    """The app loaded once; the tests below ask their questions in the same chat, in order."""
    browser.get(server)
    WebDriverWait(browser, WAIT).until(
        ec.presence_of_element_located((By.CSS_SELECTOR, '[data-testid="stChatInputTextArea"]')))
    return browser


def ask(driver, question: str) -> None:
    box = WebDriverWait(driver, WAIT).until(
        ec.element_to_be_clickable((By.CSS_SELECTOR, '[data-testid="stChatInputTextArea"]')))
    box.click()
    box.send_keys(question)
    box.send_keys(Keys.ENTER)


def assistant_messages(driver) -> list:
    return driver.find_elements(By.CSS_SELECTOR, '[data-testid="stChatMessage"]')


def test_chat_answer_with_sources(page, tmp_path):
    ask(page, "2023年部门预算总额是多少？")
    WebDriverWait(page, WAIT).until(
        ec.text_to_be_present_in_element((By.CSS_SELECTOR, '[data-testid="stMainBlockContainer"]'), "收入总计为 10,122.377376 万元"))
    sources = WebDriverWait(page, WAIT).until(ec.presence_of_element_located(
        (By.XPATH, '//*[@data-testid="stExpander"]//summary[contains(., "来源")]')))
    assert sources.is_displayed()
    shot = tmp_path / "answer.png"
    assert page.save_screenshot(str(shot)) and shot.stat().st_size > 10_000
    main = page.find_element(By.CSS_SELECTOR, '[data-testid="stMainBlockContainer"]').text
    assert "10,122.377376" in main and "数据查询" in main
    assert "Traceback" not in page.page_source


def test_ranking_question_draws_a_chart(page, tmp_path):
    before = len(page.find_elements(By.CSS_SELECTOR, '[data-testid="stVegaLiteChart"]'))
    ask(page, "预算最多的五个项目")
    WebDriverWait(page, WAIT).until(
        ec.text_to_be_present_in_element((By.CSS_SELECTOR, '[data-testid="stMainBlockContainer"]'), "就业大厦装修二期"))
    WebDriverWait(page, WAIT).until(
        lambda d: len(d.find_elements(By.CSS_SELECTOR, '[data-testid="stVegaLiteChart"]')) > before)
    chart = page.find_elements(By.CSS_SELECTOR, '[data-testid="stVegaLiteChart"]')[-1]
    WebDriverWait(page, WAIT).until(lambda d: chart.find_elements(By.CSS_SELECTOR, "canvas, svg"))
    page.execute_script("arguments[0].scrollIntoView({block: 'center'});", chart)
    shot = tmp_path / "ranking.png"
    assert page.save_screenshot(str(shot)) and shot.stat().st_size > 10_000


def test_descriptive_question_quotes_the_passage(page, tmp_path):
    ask(page, "什么是“三公”经费？")
    WebDriverWait(page, WAIT).until(
        ec.text_to_be_present_in_element((By.CSS_SELECTOR, '[data-testid="stMainBlockContainer"]'), "因公出国（境）费"))
    main = page.find_element(By.CSS_SELECTOR, '[data-testid="stMainBlockContainer"]').text
    assert "文本检索" in main and "名称解释" in main
    assert page.save_screenshot(str(tmp_path / "descriptive.png"))
