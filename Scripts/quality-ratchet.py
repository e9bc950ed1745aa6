#!/usr/bin/env python3
"""The quality ratchet: score `briefing` on the development sets in ../shared and fail when a figure drops
below the baseline committed in Benchmarks/quality-baseline.json.

Usage (from the package root, after `swift build -c release --product briefing`):

    python3 Scripts/quality-ratchet.py --exe .build/release/briefing            # check
    python3 Scripts/quality-ratchet.py --exe .build/release/briefing --update   # raise the baseline

A suite runs only when its development set is there (CI has ../shared beside the clone; a bare clone
does not, and then nothing is checked). Each suite's figures are printed; a figure below its baseline by more
than the tolerance fails the run with one line per drop. `--update` writes the figures measured now as the
new baseline (only upward unless `--allow-lower` is given), so a change that raises a figure raises the floor.
"""
import argparse, json, os, re, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.normpath(os.path.join(ROOT, '..', 'shared'))
BASELINE = os.path.join(ROOT, 'Benchmarks', 'quality-baseline.json')
# Rounding of the scorers' printed figures, and nothing more: a real drop is larger.
TOLERANCE = 0.0005


def extraction(exe, corpus):
    """Precision, recall and F1 per category, and field accuracies, of score_extraction.py on a set."""
    out = subprocess.run(
        [sys.executable, os.path.join(SHARED, 'bench', 'score_extraction.py'), '--exe', exe, '--json',
         '--set', os.path.join(SHARED, 'corpus', corpus)],
        capture_output=True, text=True, check=True).stdout
    report = json.loads(out)
    figures = {}
    for name, row in report['categories'].items():
        for key in ('precision', 'recall', 'f1'):
            figures[f'{name}.{key}'] = row[key]
    for group in ('visit_fields', 'agreement_fields'):
        for name, row in (report.get(group) or {}).items():
            # A field with no matched pairs (no agreements in a set) has no accuracy: nothing to keep.
            if row.get('accuracy') is not None:
                figures[f'{group}.{name}'] = row['accuracy']
    return figures


def html(exe, _corpus):
    """Body F1, precision, recall, title and date rates of score_html.py, and pages without a body."""
    out = subprocess.run(
        [sys.executable, os.path.join(SHARED, 'bench', 'score_html.py'), '--exe', exe, '--no-peers'],
        capture_output=True, text=True, check=False).stdout
    line = next((l for l in out.splitlines() if l.startswith('html ')), '')
    values = dict(re.findall(r'(\w+)=([0-9.]+)', line))
    if not values:
        raise RuntimeError(f'score_html.py printed no figures: {out.strip()[-300:]}')
    figures = {key: float(values[key]) for key in ('f1', 'precision', 'recall', 'title', 'date') if key in values}
    # Fewer empty or split pages is better: kept as negative counts so that every figure ratchets upward.
    for key in ('empty', 'multi', 'failures'):
        if key in values:
            figures[f'-{key}'] = -float(values[key])
    return figures


# suite name → (reader, the folder that must exist for it to run, the corpus argument)
SUITES = {
    'diplomacy-dev': (extraction, os.path.join(SHARED, 'corpus', 'diplomacy-dev'), 'diplomacy-dev'),
    'russian-dev': (extraction, os.path.join(SHARED, 'corpus', 'russian-dev', 'gold'), 'russian-dev'),
    'html-dev': (html, os.path.join(SHARED, 'corpus', 'html-dev', 'benchmark'), 'html-dev'),
}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--exe', required=True, help='the built briefing executable')
    parser.add_argument('--update', action='store_true', help='write the figures measured now as the baseline')
    parser.add_argument('--allow-lower', action='store_true', help='with --update: also lower figures')
    parser.add_argument('--suite', action='append', help='run only these suites')
    args = parser.parse_args()
    baseline = json.load(open(BASELINE)) if os.path.exists(BASELINE) else {}
    drops, measured = [], {}
    for name, (reader, needed, corpus) in SUITES.items():
        if args.suite and name not in args.suite:
            continue
        if name not in baseline and not args.update:
            print(f'quality: {name}: no baseline, not checked')
            continue
        if not os.path.exists(needed):
            print(f'quality: {name}: {needed} is not there, not checked')
            continue
        figures = reader(os.path.abspath(args.exe), corpus)
        measured[name] = figures
        print(f'quality: {name}: ' + ' '.join(f'{k}={v:.4f}' for k, v in sorted(figures.items())))
        for key, floor in sorted((baseline.get(name) or {}).items()):
            value = figures.get(key)
            if value is None or value < floor - TOLERANCE:
                drops.append(f'{name} {key}: {value} is below the baseline {floor}')
    if args.update:
        for name, figures in measured.items():
            old = baseline.get(name, {})
            baseline[name] = {
                key: round(value if args.allow_lower else max(value, old.get(key, value)), 4)
                for key, value in sorted(figures.items())
            }
        with open(BASELINE, 'w') as out:
            json.dump(baseline, out, indent=2, sort_keys=True)
            out.write('\n')
        print(f'quality: baseline written to {os.path.relpath(BASELINE, ROOT)}')
    for drop in drops:
        print(f'quality: error: {drop}', file=sys.stderr)
    print(f'quality: {len(drops)} figures dropped' if drops else 'quality: no figure dropped')
    return 1 if drops and not args.update else 0


if __name__ == '__main__':
    sys.exit(main())
