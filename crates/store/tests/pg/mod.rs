//! A throwaway PostgreSQL server for the tests: `initdb` into a temporary directory, then
//! `postgres` listening on a free loopback port (and a unix socket in that directory), one
//! per test process, one fresh database per test. Run as root, the server runs as `nobody`
//! (Postgres refuses root). A watchdog shell stops the server and removes the directory when
//! the test process exits (it holds a pipe from the test process and waits for its end).
//!
//! Binaries are looked up in `RASID_PG_BIN` (when set, only there), else
//! `/usr/lib/postgresql/<newest>/bin`, else `PATH`. None found: [`database`] returns `None` (the caller skips and says so) unless
//! `CI=true`, where that is a failure.

use std::io::Write as _;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

pub struct Server {
    port: u16,
    /// The watchdog's stdin: the server lives until this pipe closes (process exit).
    _watchdog: Mutex<(Child, ChildStdin)>,
    next: AtomicUsize,
}

fn bin_dir() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os("RASID_PG_BIN") {
        // An explicit choice: these binaries or none (so the skip path can be tried).
        let d = PathBuf::from(d);
        return d.join("initdb").exists().then_some(d);
    }
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let v = e.file_name().to_str()?.parse().ok()?;
            let bin = e.path().join("bin");
            bin.join("initdb").exists().then_some((v, bin))
        })
        .collect();
    versions.sort();
    if let Some((_, bin)) = versions.pop() {
        return Some(bin);
    }
    std::env::var_os("PATH").and_then(|p| {
        std::env::split_paths(&p).find(|d| d.join("initdb").exists() && d.join("postgres").exists())
    })
}

fn output(cmd: &mut Command) -> Option<String> {
    let out = cmd.output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// `runuser -u nobody --` when running as root (Postgres will not run as root).
fn as_server_user(dir: &Path, program: &Path) -> Command {
    let root = output(Command::new("id").arg("-u")).as_deref() == Some("0");
    if !root {
        return Command::new(program);
    }
    let uid: u32 = output(Command::new("id").args(["-u", "nobody"]))
        .and_then(|s| s.parse().ok())
        .expect("running as root, the test server needs the user `nobody`");
    let gid: u32 = output(Command::new("id").args(["-g", "nobody"]))
        .and_then(|s| s.parse().ok())
        .expect("group of `nobody`");
    std::os::unix::fs::chown(dir, Some(uid), Some(gid)).expect("chown the server directory");
    let mut c = Command::new("runuser");
    c.args(["-u", "nobody", "--"]).arg(program);
    c
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free loopback port")
}

fn start() -> Option<Server> {
    let Some(bin) = bin_dir() else {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "CI=true but no PostgreSQL server binaries (initdb, postgres) were found: \
             install postgresql or set RASID_PG_BIN"
        );
        eprintln!(
            "skipped: no PostgreSQL server binaries (set RASID_PG_BIN or install postgresql)"
        );
        return None;
    };
    let dir = tempfile::Builder::new()
        .prefix("rasid-pg-")
        .tempdir()
        .expect("temporary directory")
        .keep();
    let init = as_server_user(&dir, &bin.join("initdb"))
        .arg("-D")
        .arg(dir.join("data"))
        .args([
            "-U",
            "rasid",
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C",
            "-N",
        ])
        .stdout(Stdio::null())
        .output()
        .expect("run initdb");
    assert!(
        init.status.success(),
        "initdb failed: {}",
        String::from_utf8_lossy(&init.stderr)
    );
    for _attempt in 0..3 {
        let port = free_port();
        let script = r#"
"$1" -D "$2/data" -k "$2" -p "$3" -c listen_addresses=127.0.0.1 -c fsync=off \
     -c synchronous_commit=off -c full_page_writes=off >"$2/server.log" 2>&1 &
pid=$!
# A line on stdin: stop and keep the directory (another start follows); end of input (the
# test process exited): stop and remove it.
if read -r _; then keep=1; else keep=0; fi
kill -INT "$pid" 2>/dev/null
wait "$pid"
[ "$keep" = 1 ] || rm -rf "$2"
"#;
        let mut child = as_server_user(&dir, Path::new("/bin/sh"))
            .arg("-c")
            .arg(script)
            .arg("sh")
            .arg(bin.join("postgres"))
            .arg(&dir)
            .arg(port.to_string())
            .stdin(Stdio::piped())
            .spawn()
            .expect("start the server");
        let stdin = child.stdin.take().expect("piped stdin");
        let url = format!("postgres://rasid@127.0.0.1:{port}/postgres");
        // Not a timing assertion: how long to wait before declaring the start failed.
        let deadline = Instant::now() + Duration::from_secs(90);
        while Instant::now() < deadline {
            if postgres::Client::connect(&url, postgres::NoTls).is_ok() {
                return Some(Server {
                    port,
                    _watchdog: Mutex::new((child, stdin)),
                    next: AtomicUsize::new(0),
                });
            }
            if child.try_wait().ok().flatten().is_some() {
                break;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let log = std::fs::read_to_string(dir.join("server.log")).unwrap_or_default();
        eprintln!("test server on port {port} did not start:\n{log}");
        let mut stdin = stdin;
        let _ = stdin.write_all(b"stop\n");
        drop(stdin);
        let _ = child.wait();
    }
    panic!("the PostgreSQL test server did not start (see the logs above)");
}

/// The test server (started on first use), or `None` when there are no binaries.
pub fn server() -> Option<&'static Server> {
    static SERVER: OnceLock<Option<Server>> = OnceLock::new();
    SERVER.get_or_init(start).as_ref()
}

impl Server {
    /// A new, empty database; its URL.
    pub fn database(&self) -> String {
        let n = self.next.fetch_add(1, Ordering::SeqCst);
        let name = format!("t{}_{n}", std::process::id());
        let mut c = postgres::Client::connect(
            &format!("postgres://rasid@127.0.0.1:{}/postgres", self.port),
            postgres::NoTls,
        )
        .expect("connect to the test server");
        c.batch_execute(&format!("CREATE DATABASE {name}"))
            .expect("create a test database");
        format!("postgres://rasid@127.0.0.1:{}/{name}", self.port)
    }
}

/// A fresh database URL, or `None` (skipped, said on stderr) without Postgres binaries.
pub fn database() -> Option<String> {
    server().map(Server::database)
}
