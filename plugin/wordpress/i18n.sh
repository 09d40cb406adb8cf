#!/usr/bin/env bash
# Regenerates the plugin's translation files after its words changed (GNU gettext and python3):
#   languages/gloss.pot            every translatable string of the PHP and of assets/editor.js
#   languages/gloss-<locale>.po    merged with the new template (translate what msgmerge marks new or fuzzy)
#   languages/gloss-<locale>.mo    for the PHP side
#   languages/gloss-<locale>-<md5>.json  for wp.i18n in the editor (WordPress finds it by the md5 of the
#                                  script's path relative to the plugin)
set -euo pipefail
cd "$(dirname "$0")/gloss"
keywords=(--keyword=__ --keyword=_e --keyword=esc_html__ --keyword=esc_html_e --keyword=esc_attr__
  --keyword=esc_attr_e --keyword=_n:1,2 --keyword=_x:1,2c --keyword=esc_html_x:1,2c)
common=(--from-code=UTF-8 --add-comments=translators: --package-name=Gloss --msgid-bugs-address=maintainers
  --sort-by-file --no-wrap)
find . -name '*.php' -not -path './tests/*' | sort >/tmp/gloss-php-files
xgettext "${common[@]}" "${keywords[@]}" --language=PHP --files-from=/tmp/gloss-php-files -o /tmp/gloss-php.pot
xgettext "${common[@]}" "${keywords[@]}" --language=JavaScript assets/editor.js -o /tmp/gloss-js.pot
msgcat --no-wrap --sort-by-file /tmp/gloss-php.pot /tmp/gloss-js.pot -o languages/gloss.pot
script=assets/editor.js
hash=$(printf '%s' "$script" | md5sum | cut -d' ' -f1)
for po in languages/gloss-*.po; do
  locale=$(basename "$po" .po); locale=${locale#gloss-}
  msgmerge --quiet --no-wrap --backup=none --update "$po" languages/gloss.pot
  msgattrib --no-obsolete --no-wrap -o "$po" "$po"
  msgfmt --check -o "languages/gloss-$locale.mo" "$po"
  python3 - "$po" "$locale" "$script" >"languages/gloss-$locale-$hash.json" <<'PY'
import json, re, sys

po, locale, script = sys.argv[1:]

def entries(path):
    """Yields each entry of a .po file as a dict of its fields (msgid, msgstr[0] …, refs, flags)."""
    entry, field = {}, None
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip():
            if entry:
                yield entry
            entry, field = {}, None
        elif line.startswith('#:'):
            entry.setdefault('refs', []).extend(line[2:].split())
        elif line.startswith('#,'):
            entry['flags'] = line[2:]
        elif line.startswith('#'):
            continue
        elif line.startswith('"'):
            entry[field] += json.loads(line)
        else:
            field, value = line.split(' ', 1)
            entry[field] = json.loads(value)
    if entry:
        yield entry

messages, header = {}, {}
for e in entries(po):
    if e['msgid'] == '':
        header = dict(l.split(': ', 1) for l in e['msgstr'].split('\n') if ': ' in l)
        continue
    if 'fuzzy' in e.get('flags', '') or not any(r.split(':')[0] == script for r in e.get('refs', [])):
        continue
    forms = [e[k] for k in sorted(k for k in e if k.startswith('msgstr'))]
    if not all(forms):
        continue
    key = (e['msgctxt'] + '\u0004' if 'msgctxt' in e else '') + e['msgid']
    messages[key] = forms
plural = re.sub(r'^.*plural=|;$', '', header.get('Plural-Forms', ''))
messages[''] = {'domain': 'messages', 'lang': locale, 'plural-forms': header.get('Plural-Forms', '').strip()}
print(json.dumps({'domain': 'messages', 'generator': 'plugin/wordpress/i18n.sh',
                  'locale_data': {'messages': messages}}, ensure_ascii=False, sort_keys=True))
PY
done
echo "languages/ regenerated; untranslated or fuzzy:" && for po in languages/gloss-*.po; do msgfmt --statistics -o /dev/null "$po"; done
