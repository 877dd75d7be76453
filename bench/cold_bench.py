"""Cold-start benchmark of the CLI: a one-shot lint as pre-commit hooks and editors start it.

Usage: python3 bench/cold_bench.py JAVA RUNS   (BASELINE=DIR adds another build's launcher, e.g. main's, to the alternation)
Times, through ./loss-advisor with its start-up cache (JAVA_HOME from JAVA's JDK), a lint of one description and of
samples/, each with the text and the JSON report, against a bare 'java -version' of the same JDK and flags. The
commands alternate within each round, so that the machine's load falls on all of them alike; medians over the rounds of
the wall time and of the user+sys CPU time (the figure that load does not inflate), each as a ratio to java -version
and, with BASELINE, to the other build's same case.
"""
import os
import pathlib
import resource
import statistics
import subprocess
import sys
import time

ONE = 'samples/mse-for-classification/bad.json'


def timed(cmd, env):
    """Wall seconds and the child's user+sys CPU seconds of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main():
    java, runs = sys.argv[1], int(sys.argv[2])
    env = dict(os.environ)
    home = pathlib.Path(java).resolve().parent.parent
    env['JAVA_HOME'] = str(home)
    files = sum(1 for p in pathlib.Path('samples').rglob('*') if p.is_file())
    commands = {'java -version': [java, '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xmx512m', '-version']}
    launchers = [('', './loss-advisor')]
    if os.environ.get('BASELINE'):
        launchers.append(('baseline: ', os.path.join(os.environ['BASELINE'], 'loss-advisor')))
    for label, launcher in launchers:
        commands.update({
            f'{label}one description, text': [launcher, 'lint', ONE],
            f'{label}one description, JSON': [launcher, 'lint', '--format', 'json', ONE],
            f'{label}samples/ ({files} files), text': [launcher, 'lint', 'samples/'],
            f'{label}samples/ ({files} files), JSON': [launcher, 'lint', '--format', 'json', 'samples/'],
        })
    times = {name: [] for name in commands}
    for _ in range(runs):
        for name, cmd in commands.items():
            times[name].append(timed(cmd, env))
    base_wall = statistics.median(w for w, _ in times['java -version'])
    base_cpu = statistics.median(c for _, c in times['java -version'])
    print(f'  median of {runs} alternating runs; load: {os.getloadavg()[0]:.1f} (1 min) on {os.cpu_count()} CPUs')
    medians = {name: (statistics.median(w for w, _ in ts), statistics.median(c for _, c in ts)) for name, ts in times.items()}
    for name, (wall, cpu) in medians.items():
        line = f'  {name:42s} wall {wall * 1000:6.0f} ms = {wall / base_wall:4.1f} x   user+sys {cpu * 1000:6.0f} ms = {cpu / base_cpu:4.1f} x'
        if 'baseline: ' + name in medians:  # this build against the other one, case by case
            other_wall, other_cpu = medians['baseline: ' + name]
            line += f'   ({wall / other_wall:4.2f} x baseline wall, {cpu / other_cpu:4.2f} x CPU)'
        print(line)
    print('  targets: one description 0.3 s (about 3 x java -version), samples/ 0.5 s (about 5 x); JSON no slower than text')


if __name__ == '__main__':
    main()
