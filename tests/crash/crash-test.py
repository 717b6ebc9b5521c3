#!/usr/bin/env python3
# crash-test.py — SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs crash-writer against an encrypted household and checks it with
# crash-check after each of these, printing TAP:
#
#   1. the checker itself: it must notice a missing photo file, a confirmed
#      transaction that is not there and a damaged page;
#   2. kill cycles: the writer is killed with SIGKILL after a random
#      5–300 ms, N times over on one household;
#   3. interrupted set-up: new households killed in their first 60 ms, then
#      carried on;
#   4. I/O errors: libfiu fails read, write and sync calls at random (EIO and
#      the like) — the writer must stop with an error it prints (status 3),
#      neither crash nor hang, and the household must check out;
#   5. read errors: the same with only pread failing, more often, so that
#      reads right after opening (a cold cache) fail too;
#   6. one read error: crash-read-error fails one chosen read inside a
#      transaction;
#   7. no space: as 4. with ENOSPC on write calls;
#   8. full disk: a small tmpfs in a private mount namespace; the writer
#      runs until the disk is full, then space is freed and it carries on.
#
# Usage: crash-test.py --writer PATH --checker PATH [--read-error PATH]
#                      [--cycles N] [--seed S]
#                      [--fault-runs N] [--only PHASE] [--keep] [--folder DIR]
# The seed is printed; the same seed gives the same delays and choices
# again (the kill still lands where the machine's speed puts it).
import argparse
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

EXIT_SHOWN_ERROR = 3  # crash-writer: the store or import reported an error
CHECK_NOT_OPENED = 4  # crash-check: did not open, with an error that is not "damaged"
WRITER_TIMEOUT = 120  # seconds; longer counts as a hang
CHECK_TIMEOUT = 120
ENOSPC = 28

# The writer's error when the store's transaction was already gone at its
# commit: a read error inside it made SQLite roll it back, the store only
# logged that (lt_store_list_records) and ran the rest of the transaction's
# writes one by one, each committed on its own.  A known bug in
# src/core/lt-store.c: a check that then finds the transaction in part is
# reported as TODO (an expected failure) until the store is fixed.
KNOWN_LOST_TRANSACTION = "cannot commit - no transaction is active"
KNOWN_LOST_TRANSACTION_TODO = ("known bug: after a read error inside a transaction the store commits "
                               "the rest of it piecemeal (lt-store.c)")

PHASES = ["checker", "kill", "setup", "io-errors", "read-errors", "one-read-error", "no-space", "full-disk"]


class Scenario:
    """One household with its journal, outside the household's folder so a
    full disk never stops the journal."""

    def __init__(self, test, name, household=None):
        self.test = test
        self.name = name
        self.folder = os.path.join(test.folder, name)
        os.makedirs(self.folder, exist_ok=True)
        self.household = household or os.path.join(self.folder, "household")
        self.journal = os.path.join(self.folder, "journal")

    def writer_args(self, run, seed, transactions=0):
        return [self.test.writer, "--household", self.household, "--journal", self.journal,
                "--passphrase", self.test.passphrase, "--fixtures", self.test.fixtures,
                "--run", run, "--seed", str(seed), "--transactions", str(transactions)]

    def check(self):
        """Returns (exit status, output)."""
        args = [self.test.checker, "--household", self.household, "--journal", self.journal,
                "--passphrase", self.test.passphrase]
        try:
            done = subprocess.run(args, capture_output=True, text=True, timeout=CHECK_TIMEOUT,
                                  env=self.test.env)
        except subprocess.TimeoutExpired:
            return -1, "crash-check did not finish in %d s" % CHECK_TIMEOUT
        return done.returncode, (done.stdout + done.stderr).strip()

    def resolutions(self):
        """(transactions the checker had to resolve, those found committed)."""
        if not os.path.exists(self.journal):
            return 0, 0
        with open(self.journal, encoding="utf-8", errors="replace") as journal:
            lines = [line.split() for line in journal if line.startswith("R ")]
        return len(lines), sum(1 for line in lines if line[2] == "1")

    def confirmed(self):
        """Transactions confirmed in the journal so far."""
        if not os.path.exists(self.journal):
            return 0
        with open(self.journal, encoding="utf-8", errors="replace") as journal:
            return sum(1 for line in journal if line.startswith("K "))


class CrashTest:
    def __init__(self, options):
        self.options = options
        self.writer = os.path.abspath(options.writer)
        self.checker = os.path.abspath(options.checker)
        self.seed = options.seed if options.seed is not None else random.SystemRandom().randrange(1, 2**31)
        self.random = random.Random(self.seed)
        self.folder = options.folder or tempfile.mkdtemp(prefix="lt-crash-")
        os.makedirs(self.folder, exist_ok=True)
        self.fixtures = os.path.join(self.folder, "fixtures")
        self.passphrase = os.path.join(self.folder, "passphrase")
        self.env = dict(os.environ)
        self.env.setdefault("G_DEBUG", "gc-friendly,fatal-warnings")
        # A fault makes the store log a warning (a list it could not read
        # whole) before it reports the error; that must not abort the writer.
        # Criticals still do.
        self.fault_env = dict(self.env, G_DEBUG="gc-friendly,fatal-criticals")
        self.results = []  # (ok, description, details)
        self.kills = 0
        self.cycles = 0
        self.faults = 0
        self.violations = 0
        self.failed_but_applied = []
        self.known = []

    # ---- helpers ------------------------------------------------------

    def comment(self, text):
        for line in str(text).splitlines():
            print("# " + line, flush=True)

    def result(self, ok, description, details=(), todo=None):
        self.results.append(ok or todo is not None)
        number = len(self.results)
        print("%s %d - %s%s" % ("ok" if ok else "not ok", number, description,
                                " # TODO " + todo if todo else ""), flush=True)
        for detail in details:
            self.comment(detail)

    def skip(self, description, reason):
        self.results.append(True)
        print("ok %d - %s # SKIP %s" % (len(self.results), description, reason), flush=True)

    def prepare(self):
        with open(self.passphrase, "w", encoding="utf-8") as out:
            out.write("crash-%d-Østergård\n" % self.seed)
        done = subprocess.run([self.writer, "--make-fixtures", self.fixtures], capture_output=True,
                              text=True, env=self.env)
        if done.returncode != 0:
            raise SystemExit("Bail out! crash-writer --make-fixtures: " + done.stderr)

    def run_writer(self, args, env, timeout=WRITER_TIMEOUT, prefix=()):
        """Runs the writer to its end. Returns (status, stderr); status None
        for a hang (it is killed)."""
        process = subprocess.Popen(list(prefix) + args, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True, env=env)
        try:
            out, err = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            out, err = process.communicate()
            return None, err
        return process.returncode, err

    @staticmethod
    def error_text(shown):
        """The message a person would see, without the transaction's name
        and the error domain."""
        text = shown.split(" [")[0]
        text = text.split(": ", 1)[1] if text.startswith("transaction ") else text
        return re.sub(r"“photo-[0-9]+\.(jpg|png)”", "“photo-NN”", text)

    def judge_fault_run(self, status, err, details, label):
        """A fault run may end well (no fault hit) or with an error the
        writer printed; anything else is a violation. Returns the error line
        or None."""
        shown = [line for line in err.splitlines() if line.startswith("crash-writer: error:")]
        if status == 0:
            return None
        if status == EXIT_SHOWN_ERROR and shown:
            self.faults += 1
            return shown[0][len("crash-writer: error: "):]
        self.violations += 1
        if status is None:
            details.append("%s: the writer hung (killed after %d s)" % (label, WRITER_TIMEOUT))
        elif status < 0:
            details.append("%s: the writer crashed (signal %d)" % (label, -status))
        else:
            details.append("%s: the writer exited with %d and no error shown" % (label, status))
        details.extend(err.strip().splitlines()[-15:])
        return None

    def note_check(self, scenario, status, output, details, label, allowed=(0,), writer_error=None):
        if status in allowed:
            for line in output.splitlines():
                if line.startswith("crash-check: failed-but-applied"):
                    self.failed_but_applied.append("%s/%s%s" % (scenario.name, line.split()[-1],
                                                                 " after “%s”" % writer_error if writer_error else ""))
            return True
        self.violations += 1
        details.append("%s: crash-check exited with %d:" % (label, status))
        details.extend(output.splitlines()[-30:])
        return False

    # ---- 1. the checker notices ----------------------------------------

    def checker_self_test(self):
        scenario = Scenario(self, "checker")
        details = []
        status, err = self.run_writer(scenario.writer_args("c", 7, 120), self.env)
        if status != 0:
            details.append("the writer exited with %s" % status)
            details.extend(err.strip().splitlines()[-15:])
        status, output = scenario.check() if not details else (0, "")
        if status != 0:
            details.append("the undamaged household does not check out (%d):" % status)
            details.extend(output.splitlines()[-15:])

        def expect_violation(what, damaged, also_refused=False):
            status, output = damaged.check()
            # A household may also refuse to open over a missing photo file,
            # naming it: that is noticed too.
            refused = also_refused and status == CHECK_NOT_OPENED and "No such file" in output
            if not refused and (status != 1 or "VIOLATION" not in output):
                details.append("%s went unnoticed (crash-check exited with %d):" % (what, status))
                details.extend(output.splitlines()[-10:])

        if not details:
            # The photo files gone.
            media = os.path.join(scenario.household, "media")
            os.rename(media, media + ".away")
            expect_violation("missing photo files", scenario, also_refused=True)
            os.rename(media + ".away", media)
            # A transaction the journal calls committed that is not there.
            lost = Scenario(self, "checker-lost", household=scenario.household)
            shutil.copyfile(scenario.journal, lost.journal)
            with open(lost.journal, "a", encoding="utf-8") as journal:
                journal.write("I lost.1 add child Clost.1 - vlost.1\nK lost.1\n")
            expect_violation("a lost commit", lost)
            # A damaged page (the writer and the checker closed the file,
            # so it holds everything; the WAL is gone).
            damaged = Scenario(self, "checker-damaged")
            shutil.copytree(scenario.household, damaged.household)
            shutil.copyfile(scenario.journal, damaged.journal)
            path = os.path.join(damaged.household, "household.db")
            with open(path, "r+b") as database:
                database.seek(os.path.getsize(path) // 2)
                byte = database.read(1)
                database.seek(-1, os.SEEK_CUR)
                database.write(bytes([byte[0] ^ 0x55]))
            expect_violation("a damaged page", damaged)
        self.result(not details, "the checker notices missing photo files, a lost commit and a "
                    "damaged page", details)

    # ---- 2. kill cycles -------------------------------------------------

    def kill_cycles(self):
        scenario = Scenario(self, "kill")
        details = []
        started = time.monotonic()
        last_output = ""
        for cycle in range(1, self.options.cycles + 1):
            seed = self.random.randrange(1, 2**31)
            delay = self.random.uniform(0.005, 0.300)
            process = subprocess.Popen(scenario.writer_args("k%d" % cycle, seed), stdout=subprocess.DEVNULL,
                                       stderr=subprocess.PIPE, text=True, env=self.env)
            time.sleep(delay)
            if process.poll() is None:
                process.send_signal(signal.SIGKILL)
                self.kills += 1
            _, err = process.communicate()
            self.cycles += 1
            if process.returncode != -signal.SIGKILL:
                self.violations += 1
                details.append("cycle %d (writer seed %d, kill after %.0f ms): the writer ended by "
                               "itself with %d before the kill" % (cycle, seed, delay * 1000, process.returncode))
                details.extend(err.strip().splitlines()[-15:])
                break
            status, output = scenario.check()
            last_output = output
            if not self.note_check(scenario, status, output, details,
                                   "cycle %d (writer seed %d, killed after %.0f ms)" % (cycle, seed, delay * 1000)):
                break
            if cycle % 100 == 0:
                self.comment("kill cycle %d: %d transactions confirmed, %.0f s" %
                             (cycle, scenario.confirmed(), time.monotonic() - started))
        inside, after_commit = scenario.resolutions()
        self.result(not details, "kill cycles: %d cycles, %d kills, %d transactions confirmed; %d kills "
                    "inside a transaction, %d of them after its commit; %.0f s"
                    % (self.cycles, self.kills, scenario.confirmed(), inside, after_commit,
                       time.monotonic() - started),
                    details + [line for line in last_output.splitlines() if not details])

    # ---- 3. interrupted set-up -----------------------------------------

    def interrupted_setup(self):
        details = []
        n = max(5, self.options.cycles // 20)
        for index in range(1, n + 1):
            scenario = Scenario(self, "setup-%d" % index)
            delay = self.random.uniform(0.001, 0.060)
            process = subprocess.Popen(scenario.writer_args("s%d" % index, index), stdout=subprocess.DEVNULL,
                                       stderr=subprocess.PIPE, text=True, env=self.env)
            time.sleep(delay)
            if process.poll() is None:
                process.send_signal(signal.SIGKILL)
                self.kills += 1
            process.communicate()
            label = "household %d (killed after %.0f ms)" % (index, delay * 1000)
            status, output = scenario.check()
            if not self.note_check(scenario, status, output, details, label):
                break
            status, err = self.run_writer(scenario.writer_args("s%d.b" % index, index, 20), self.env)
            if status != 0:
                self.violations += 1
                details.append("%s: carrying on, the writer exited with %s" % (label, status))
                details.extend(err.strip().splitlines()[-15:])
                break
            status, output = scenario.check()
            if not self.note_check(scenario, status, output, details, label + ", carried on"):
                break
        self.result(not details, "interrupted set-up: %d new households killed in their first 60 ms, "
                    "then carried on" % n, details)

    # ---- 4., 5. and 7. faults from libfiu -----------------------------------

    def prepared_scenario(self, name, run):
        """A household with some history, written without faults; None
        (with the reason in the returned list) when that fails."""
        scenario = Scenario(self, name)
        status, err = self.run_writer(scenario.writer_args(run, 1, 60), self.env)
        if status != 0:
            return None, ["preparing %s: the writer exited with %s" % (name, status)] + err.splitlines()[-15:]
        return scenario, []

    def fiu_runs(self, name, description, commands, run_prefix):
        fiu_run = shutil.which("fiu-run")
        if fiu_run is None:
            self.skip(description, "fiu-run is not installed (Debian: fiu-utils libfiu0)")
            return
        scenario, details = self.prepared_scenario(name, run_prefix + "0")
        label = "preparing"
        known_details = []
        restarts = 0
        errors = {}
        clean = 0
        logged_only = 0
        prefix = [fiu_run, "-x", "-f", ""]
        for command in commands:
            prefix += ["-c", command]
        for run in range(1, self.options.fault_runs + 1):
            if details:
                break
            seed = self.random.randrange(1, 2**31)
            label = "run %d (writer seed %d)" % (run, seed)
            status, err = self.run_writer(scenario.writer_args("%s%d" % (run_prefix, run), seed, 150),
                                          self.fault_env, prefix=prefix)
            with open(os.path.join(scenario.folder, "writer-%d.log" % run), "w", encoding="utf-8") as log:
                log.write(err)
            shown = self.judge_fault_run(status, err, details, label)
            logged = any("WARNING **" in line for line in err.splitlines())
            if shown is None and status == 0:
                clean += 1
                logged_only += logged
            elif shown is not None:
                key = self.error_text(shown)
                errors[key] = errors.get(key, 0) + 1
            for line in err.splitlines():
                if "WARNING **" in line:
                    key = "(logged) " + re.sub(r"^[0-9:.]+: ", "", line.split("WARNING **: ")[-1])
                    errors[key] = errors.get(key, 0) + 1
            if details:
                break
            status, output = scenario.check()
            found = []
            if self.note_check(scenario, status, output, found, label + ", checked without faults",
                               writer_error=self.error_text(shown) if shown else None):
                continue
            if status != 1 or KNOWN_LOST_TRANSACTION not in err:
                details.extend(found)
                break
            # The known bug: this household now differs from its journal
            # for good, so the runs go on with a new one.
            self.violations -= 1
            self.known.append("%s/%s" % (name, label))
            known_details.extend(found + ["the writer said:"] + [line for line in err.splitlines()
                                                                  if line.startswith("crash-writer:")])
            restarts += 1
            scenario, details = self.prepared_scenario("%s-%d" % (name, restarts), run_prefix + "0")
        if details and label == "preparing" or scenario is None:
            self.violations += 1
        n_known = sum(1 for known in self.known if known.startswith(name + "/"))
        summary = ("%s: %d runs, %d stopped with an error shown, %d ran to the end (%d of them after a "
                   "read error that was only logged); every check passed" % (
                       description, self.options.fault_runs, self.options.fault_runs - clean, clean,
                       logged_only))
        if n_known:
            summary += " but %d, the known bug (each time the runs went on with a new household)" % n_known
        lines = ["%4d × %s" % (count, text) for text, count in sorted(errors.items(), key=lambda e: -e[1])]
        self.result(not details and not n_known, summary if not details else "%s (stopped at %s)" % (description, label),
                    details + known_details + lines,
                    todo=KNOWN_LOST_TRANSACTION_TODO if n_known and not details else None)

    # ---- 6. one read error, placed ---------------------------------------

    def one_read_error(self):
        """crash-read-error fails one chosen read inside a transaction, on a
        copy of the checker's household (or a new one); the store must
        report what is in the file afterwards."""
        description = "one read error inside a transaction: all of it or none, as the store said"
        fiu_run = shutil.which("fiu-run")
        source = os.path.join(self.folder, "checker", "household")
        if fiu_run is None or not self.options.read_error:
            self.skip(description, "fiu-run is not installed" if fiu_run is None else "no --read-error")
            return
        if not os.path.isdir(source):
            scenario = Scenario(self, "read-error-source")
            status, err = self.run_writer(scenario.writer_args("q", 7, 120), self.env)
            if status != 0:
                self.violations += 1
                self.result(False, description, ["preparing: the writer exited with %s" % status]
                            + err.splitlines()[-15:])
                return
            source = scenario.household
        details = []
        known = unknown = 0
        for variant, extra in (("with an earlier step", []), ("alone", ["--alone"])):
            household = os.path.join(self.folder, "read-error-%s" % ("alone" if extra else "batch"))
            shutil.copytree(source, household)
            done = subprocess.run([fiu_run, "-x", "-f", "", self.options.read_error, "--household", household,
                                   "--passphrase", self.passphrase] + extra, capture_output=True, text=True,
                                  env=self.fault_env, timeout=CHECK_TIMEOUT)
            output = (done.stdout + done.stderr).strip()
            if done.returncode != 0:
                details.append("%s: crash-read-error exited with %d:" % (variant, done.returncode))
                details.extend(line for line in output.splitlines() if "ERROR CORE" not in line)
                if done.returncode == 1 and KNOWN_LOST_TRANSACTION in output:
                    known += 1
                    self.known.append("one-read-error/" + variant)
                else:
                    unknown += 1
                    self.violations += 1
        self.result(not details, description, details,
                    todo=KNOWN_LOST_TRANSACTION_TODO if known and not unknown else None)

    # ---- 8. a full disk -------------------------------------------------

    def namespace_prefix(self):
        unshare = shutil.which("unshare")
        if unshare is None:
            return None
        for prefix in ([unshare, "--mount", "--propagation", "private"], [unshare, "-r", "-m"]):
            probe = subprocess.run(prefix + ["sh", "-c", 'mount -t tmpfs -o size=64k tmpfs "$1"', "sh",
                                             self.folder], capture_output=True)
            if probe.returncode == 0:
                return prefix
        return None

    def full_disk(self):
        description = "full disk"
        prefix = self.namespace_prefix()
        if prefix is None:
            # No mount namespace here: the no-space phase (libfiu ENOSPC)
            # is what tests a full disk.
            self.skip(description, "cannot mount a tmpfs in a private mount namespace here")
            return
        details = []
        messages = {}
        sizes = [1024, 2048, 3072]
        for index, size in enumerate(sizes, 1):
            mount = os.path.join(self.folder, "disk-%d" % index)
            os.makedirs(mount, exist_ok=True)
            args = prefix + [sys.executable, os.path.abspath(__file__), "--writer", self.writer,
                             "--checker", self.checker, "--folder", self.folder,
                             "--seed", str(self.seed + index), "--inner-full-disk", "%d:%d" % (index, size)]
            done = subprocess.run(args, capture_output=True, text=True, env=self.env,
                                  timeout=4 * WRITER_TIMEOUT + 4 * CHECK_TIMEOUT)
            for line in done.stdout.splitlines():
                if line.startswith("message "):
                    text = line[len("message "):]
                    messages[text] = messages.get(text, 0) + 1
                elif line.startswith("faults "):
                    self.faults += int(line.split()[1])
            if done.returncode != 0:
                self.violations += 1
                details.append("tmpfs of %d KiB:" % size)
                details.extend((done.stdout + done.stderr).strip().splitlines()[-30:])
                break
        lines = ["%4d × %s" % (count, text) for text, count in messages.items()]
        self.result(not details, "full disk: tmpfs of %s KiB filled by the writer, checked full, freed, "
                    "carried on and checked" % "/".join(str(s) for s in sizes), details + lines)

    def inner_full_disk(self, spec):
        """Runs inside the private mount namespace: prints 'message …' per
        error shown and exits non-zero on a violation."""
        index, size = (int(part) for part in spec.split(":"))
        mount = os.path.join(self.folder, "disk-%d" % index)
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=%dk,mode=0700" % size, "tmpfs", mount], check=True)
        scenario = Scenario(self, "disk-%d-journal" % index, household=os.path.join(mount, "household"))
        ballast = os.path.join(mount, "ballast")
        # Half the disk is ballast, freed later: the household's schema and
        # its write-ahead log need room to carry on after a full disk.
        with open(ballast, "wb") as out:
            out.write(b"\0" * (size * 1024 // 2))
        failures = []
        status, err = self.run_writer(scenario.writer_args("d%d" % index, self.seed), self.fault_env)
        shown = self.judge_fault_run(status, err, failures, "filling the disk")
        if status == 0 or (shown is None and not failures):
            failures.append("the writer never stopped")
        if shown is not None:
            print("message " + self.error_text(shown), flush=True)
        print("faults %d" % (1 if shown is not None else 0), flush=True)
        if not failures:
            # Still full: opening may fail, but must say why and not call it damaged.
            status, output = scenario.check()
            if status == CHECK_NOT_OPENED:
                print("message (checking on the full disk) " + output.splitlines()[-1], flush=True)
            self.note_check(scenario, status, output, failures, "checking on the full disk",
                            allowed=(0, CHECK_NOT_OPENED))
        if not failures:
            os.unlink(ballast)
            status, output = scenario.check()
            self.note_check(scenario, status, output, failures, "checking after freeing space")
        if not failures:
            status, err = self.run_writer(scenario.writer_args("d%d.b" % index, self.seed, 10), self.env)
            if status != 0:
                failures.append("after freeing space, the writer exited with %s" % status)
                failures.extend(err.strip().splitlines()[-10:])
        if not failures:
            status, output = scenario.check()
            self.note_check(scenario, status, output, failures, "checking after carrying on")
        subprocess.run(["umount", mount])
        for line in failures:
            print(line, flush=True)
        return 1 if failures else 0

    # ---- all ------------------------------------------------------------

    def run(self):
        started = time.monotonic()
        only = self.options.only
        self.comment("seed %d (repeat with --seed %d); folder %s" % (self.seed, self.seed, self.folder))
        self.prepare()
        if only in (None, "checker"):
            self.checker_self_test()
        if only in (None, "kill"):
            self.kill_cycles()
        if only in (None, "setup"):
            self.interrupted_setup()
        if only in (None, "io-errors"):
            self.fiu_runs("io-errors", "I/O errors (libfiu: read, write, sync calls fail at random)",
                          ["enable_random name=posix/io/rw/*,probability=0.005",
                           "enable_random name=posix/io/sync/*,probability=0.02"], "e")
        if only in (None, "read-errors"):
            self.fiu_runs("read-errors", "read errors (libfiu: pread calls fail at random, cold cache)",
                          ["enable_random name=posix/io/rw/pread,probability=0.03"], "r")
        if only in (None, "one-read-error"):
            self.one_read_error()
        if only in (None, "no-space"):
            self.fiu_runs("no-space", "no space (libfiu: write calls fail with ENOSPC at random)",
                          ["enable_random name=posix/io/rw/write,probability=0.01,failinfo=%d" % ENOSPC,
                           "enable_random name=posix/io/rw/pwrite,probability=0.01,failinfo=%d" % ENOSPC],
                          "n")
        if only in (None, "full-disk"):
            self.full_disk()
        print("1..%d" % len(self.results))
        if self.failed_but_applied:
            self.comment("reported failed, yet found committed:")
            for line in self.failed_but_applied:
                self.comment("  " + line)
        if self.known:
            self.comment("known bug met (TODO): " + ", ".join(self.known))
        self.comment("crash: %d cycles, %d kills, %d faults injected (errors shown), %d violations, "
                     "%d known bug, %.0f s" % (self.cycles, self.kills, self.faults, self.violations,
                                              len(self.known), time.monotonic() - started))
        ok = all(self.results)
        if ok and not self.options.keep and not self.options.folder:
            shutil.rmtree(self.folder, ignore_errors=True)
        elif not ok:
            self.comment("the households and journals are kept in " + self.folder)
        return 0 if ok else 1


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--writer", required=True)
    parser.add_argument("--checker", required=True)
    parser.add_argument("--read-error", help="crash-read-error, for the placed read error")
    parser.add_argument("--cycles", type=int, default=100)
    parser.add_argument("--fault-runs", type=int, default=None,
                        help="writer runs per fault kind (default: cycles / 5, at least 20)")
    parser.add_argument("--seed", type=int)
    parser.add_argument("--only", choices=PHASES)
    parser.add_argument("--folder", help="work here instead of a new temporary folder (kept)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--inner-full-disk", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.fault_runs is None:
        options.fault_runs = max(20, options.cycles // 5)
    test = CrashTest(options)
    if options.inner_full_disk:
        return test.inner_full_disk(options.inner_full_disk)
    return test.run()


if __name__ == "__main__":
    sys.exit(main())
