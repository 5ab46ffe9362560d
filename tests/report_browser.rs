//! The HTML report in a real browser: headless Chromium loads it with no console error and no
//! network request, draws a page that is not blank, has the Vietnamese title and the robustness
//! chart (`--sensitivity`) in its DOM, and prints it to PDF.
//!
//! The browser is `$DTM_BROWSER`, else `chromium` (or `chromium-browser`, `google-chrome`) on the
//! PATH. Without one the test says so loudly and passes, unless `DTM_REQUIRE_BROWSER` is set — as
//! `.ci/run` sets it after installing Debian's chromium — in which case it fails.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const TITLE_VI: &str = "Báo cáo mức độ chuyển đổi số";
/// Hosts Chromium itself calls in the background (updates, sign-in, time); not the page's.
const BROWSER_OWN_HOSTS: [&str; 4] = [
    "google.com/",
    "googleapis.com/",
    "gstatic.com/",
    "googleusercontent.com/",
];

fn browser() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("DTM_BROWSER") {
        return Some(PathBuf::from(path));
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| {
            ["chromium", "chromium-browser", "google-chrome"].map(|name| dir.join(name))
        })
        .find(|candidate| candidate.is_file())
}

fn scratch() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("report-browser");
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

fn run_browser(browser: &Path, profile: &Path, args: &[&str], page: &Path) -> Output {
    Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("the browser starts")
}

/// Share of pixels that are not (near) white in an RGB(A) PNG.
fn ink(png_path: &Path) -> f64 {
    let decoder = png::Decoder::new(std::io::BufReader::new(
        std::fs::File::open(png_path).unwrap(),
    ));
    let mut reader = decoder.read_info().expect("a PNG");
    let mut buffer = vec![0; reader.output_buffer_size().expect("a size")];
    let info = reader.next_frame(&mut buffer).expect("a frame");
    let channels = info.color_type.samples();
    let pixels = buffer[..info.buffer_size()].chunks(channels);
    let total = (info.width * info.height) as f64;
    let inked = pixels
        .filter(|p| p.iter().take(3).any(|&c| c < 200))
        .count();
    inked as f64 / total
}

#[test]
fn the_html_report_loads_offline_draws_and_prints_in_a_real_browser() {
    let Some(browser) = browser() else {
        assert!(
            std::env::var_os("DTM_REQUIRE_BROWSER").is_none(),
            "DTM_REQUIRE_BROWSER is set but no browser was found (install Debian's chromium)"
        );
        eprintln!(
            "\n*** SKIPPED: no Chromium found; the HTML report was not opened in a browser ***\n"
        );
        return;
    };
    let dir = scratch();
    let page = dir.join("report.html");
    let made = Command::new(env!("CARGO_BIN_EXE_dtm"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["report", "seeds/long-an-communes.csv", "--lang", "vi"])
        .args(["--sensitivity", "--runs", "50", "-o"])
        .arg(&page)
        .output()
        .expect("dtm runs");
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let profile = dir.join("profile");

    let net_log = dir.join("net-log.json");
    let dom = run_browser(
        &browser,
        &profile,
        &[
            &format!("--log-net-log={}", net_log.display()),
            "--dump-dom",
        ],
        &page,
    );
    let dom_text = String::from_utf8_lossy(&dom.stdout);
    assert!(
        dom_text.contains(&format!("<h1>{TITLE_VI}</h1>")),
        "title missing from the DOM"
    );
    assert!(
        dom_text.contains("<section id=\"sensitivity\">")
            && dom_text.contains("class=\"intervals\""),
        "the robustness chart is missing from the DOM"
    );
    let log = String::from_utf8_lossy(&dom.stderr);
    let console: Vec<&str> = log.lines().filter(|l| l.contains(":CONSOLE")).collect();
    assert!(console.is_empty(), "console messages: {console:?}");
    let requests = std::fs::read_to_string(&net_log).expect("a net log");
    let page_url = format!("file://{}", page.display());
    let foreign: Vec<&str> = requests
        .split("\"url\":\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .filter(|url| url.contains("://") && !url.starts_with(&page_url))
        .filter(|url| !BROWSER_OWN_HOSTS.iter().any(|host| url.contains(host)))
        .collect();
    assert!(foreign.is_empty(), "the page asked for: {foreign:?}");

    let screenshot = dir.join("report.png");
    let shot = run_browser(
        &browser,
        &profile,
        &[
            "--window-size=1200,1600",
            &format!("--screenshot={}", screenshot.display()),
        ],
        &page,
    );
    assert!(
        screenshot.is_file(),
        "{}",
        String::from_utf8_lossy(&shot.stderr)
    );
    let share = ink(&screenshot);
    assert!(
        share > 0.02,
        "the screenshot is blank ({share:.4} of its pixels inked)"
    );

    let pdf = dir.join("report.pdf");
    let printed = run_browser(
        &browser,
        &profile,
        &[
            "--no-pdf-header-footer",
            &format!("--print-to-pdf={}", pdf.display()),
        ],
        &page,
    );
    let bytes = std::fs::read(&pdf)
        .unwrap_or_else(|_| panic!("no PDF: {}", String::from_utf8_lossy(&printed.stderr)));
    assert!(
        bytes.starts_with(b"%PDF") && bytes.len() > 20_000,
        "the PDF is empty"
    );
    let pages = bytes
        .windows(10)
        .filter(|w| w == b"/Type /Pag" || w == b"/Type/Page")
        .count();
    assert!(pages > 2, "the printed report has {pages} pages");
}
