"""Edge cases beyond the docstring examples: (code, script, should the rule fire?)."""

from __future__ import annotations

import pytest

from engine.lint.linter import lint_source

H = "#!/bin/bash\n"
CASES = [
    # SG201 unquoted expansion: arguments only, not where bash never splits
    ("SG201", H + "x=$1\nrm $x\n", True),
    ("SG201", H + 'x=$1\nrm "$x"\n', False),
    ("SG201", H + 'x=$1\n[[ -f $x ]] && echo "si"\n', False),
    ("SG201", H + 'x=$1\ny=$x\necho "$y"\n', False),
    ("SG201", H + "x=$1\ncase $x in a) : ;; esac\n", False),
    ("SG201", H + 'x=$1\nrm "${x}"/*.tmp\n', False),
    ("SG201", H + "shift $#\n", False),
    ("SG201", H + "n=$(wc -l < f)\nseq $((n + 1))\n", False),
    # SG204 cd
    ("SG204", H + "cd /tmp || exit 1\n", False),
    ("SG204", H + "if cd /tmp; then ls; fi\n", False),
    ("SG204", H + "set -e\ncd /tmp\n", False),
    ("SG204", H + "if true; then\n  cd /tmp\nfi\n", True),
    ("SG204", H + "cd\n", False),
    # SG205 trap signals
    ("SG205", H + "trap 'echo x' SIGKILL\n", True),
    ("SG205", H + "trap 'echo x' STOP\n", True),
    ("SG205", H + "trap 'echo x' TERM INT\n", False),
    ("SG205", H + "trap -p KILL\n", False),
    # SG207 rm -rf
    ("SG207", H + 'd=$1\nrm -rf "$d"/*\n', True),
    ("SG207", H + 'd=$1\nrm -r "${d}/sub"\n', True),
    ("SG207", H + 'd=$1\nrm -rf "${d:?}/"\n', False),
    ("SG207", H + 'd=$1\nrm -f "$d/x"\n', False),
    ("SG207", H + 'd=$1\nrm -rf "$d"\n', False),
    # SG208 / SG302 tests
    ("SG208", H + 'a=$1\n[ -z "$a" ] && echo vacio\n', False),
    ("SG208", H + "a=$1\ntest $a = x && echo x\n", True),
    ("SG208", H + "[ $# -eq 0 ] && exit 1\n", False),
    ("SG302", H + "a=$1\n[[ $a == x ]] && echo x\n", False),
    ("SG302", H + 'a=$1\ntest "$a" == x && echo x\n', True),
    # SG210 / SG211 variables
    ("SG210", H + 'read -r -p "Nombre: " nombre\necho "$nombre"\n', False),
    ("SG210", H + 'while getopts "a:" op; do echo "$op $OPTARG"; done\n', False),
    ("SG210", H + 'mapfile -t lineas < f\necho "${lineas[0]}"\n', False),
    ("SG210", H + 'printf -v hoy "%s" x\necho "$hoy"\n', False),
    ("SG210", H + 'for ((i = 0; i < 3; i++)); do echo "$i"; done\n', False),
    ("SG210", H + 'echo "${sin_valor:-defecto}"\n', True),
    ("SG210", H + 'echo "$HOME $USER"\n', False),
    ("SG211", H + "i=0\n(( i++ ))\n", False),
    ("SG211", H + 'A=(1 2)\necho "${A[@]}"\n', False),
    ("SG211", H + "n=3\necho $(( n * 2 ))\n", False),
    ("SG211", H + "tmp=x\ntrap 'rm -f \"$tmp\"' EXIT\n", False),
    ("SG211", H + "IFS=:\n", False),
    # SG212 exit range
    ("SG212", H + "exit 255\n", False),
    ("SG212", H + "f() { return -1; }\nf\n", True),
    # SG213 $* and $@
    ("SG213", H + 'echo "Argumentos: $*"\n', False),
    ("SG213", H + 'for a in "$@"; do echo "$a"; done\n', False),
    ("SG213", H + "cp $@ /tmp\n", True),
    ("SG213", H + 'cp "$*" /tmp\n', True),
    ("SG213", H + 'n=${#@}\necho "$n"\n', False),
    # SG214 local
    ("SG214", H + 'f() {\n  if true; then local x=1; echo "$x"; fi\n}\nf\n', False),
    # SG215 sleep
    ("SG215", H + "while true; do sleep 1; done\n", False),
    ("SG215", H + "trap 'exit' TERM\nsleep 5\n", False),
    # SG216 errors to stdout
    ("SG216", H + 'echo "Error: falta el archivo" >&2\nexit 1\n', False),
    ("SG216", H + 'echo >&2 "Error: falta el archivo"\nexit 1\n', False),
    ("SG216", H + 'echo "listo"\nexit 0\n', False),
    ("SG216", H + 'printf "Error: %s\\n" "$1"\n', True),
    # SG217 call before definition
    ("SG217", H + "f() { g; }\ng() { echo g; }\nf\n", False),
    # SG218 / SG219 / SG220 assignment and bracket typos
    ("SG218", H + 'IFS= read -r linea\necho "$linea"\n', False),
    ("SG218", H + "x =5\n", True),
    ("SG219", H + "${x}=1\n", True),
    ("SG220", H + "[[$a == b]]\n", True),
    ("SG220", H + 'a=[x]\necho "$a"\n', False),
    # SG223 pipe into while
    ("SG223", H + 'n=0\nwhile read -r l; do n=$((n+1)); done < <(ls)\necho "$n"\n', False),
    ("SG223", H + 'ls | while read -r l; do x=$l; echo "$x"; done\n', False),
    # SG224 string arithmetic
    ("SG224", H + 'declare -i n\nn=5+5\necho "$n"\n', False),
    ("SG224", H + 'v="1.2-3"\necho "$v"\n', False),
    ("SG224", H + 'n=4*6\necho "$n"\n', True),
    # SG226 / SG227
    ("SG226", H + "sort -o f f\n", False),
    ("SG226", H + "sort < f > f\n", True),
    ("SG227", H + 'for i in {1..5}; do echo "$i"; done\n', False),
    ("SG227", H + 'echo "{1..$n}"\n', False),
    # SG304 bashisms only under sh
    ("SG304", '#!/bin/sh\nx=$((1 + 2))\necho "$x"\n', False),
    ("SG304", "#!/bin/sh\nA=(1 2)\n", True),
    ("SG304", '#!/bin/bash\nA=(1 2)\necho "${A[0]}"\n', False),
    # SG404 function styles
    ("SG404", H + "f() { :; }\ng() { :; }\nf\ng\n", False),
    ("SG404", H + "function f { :; }\nfunction g { :; }\nf\ng\n", False),
    ("SG404", H + "function f { :; }\ng() { :; }\nh() { :; }\nf\ng\nh\n", True),
    # SG407 / SG409
    ("SG407", H + "echo $(( $1 + $# ))\n", False),
    ("SG409", H + "grep -q x f\nif [ $? -eq 0 ]; then echo si; fi\n", True),
    # SG110 here-documents
    ("SG110", H + "cat <<-EOF\n\thola\n\tEOF\n", False),
    ("SG110", H + "cat <<'FIN'\nhola\nFIN\n", False),
    ("SG110", H + "cat <<EOF\nhola\nEOF \n", True),
    # SG112 typographic quotes inside strings are text
    ("SG112", H + 'echo "el “cache” del sistema"\n', False),
]


@pytest.mark.parametrize(("code", "source", "fires"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_rule_case(code: str, source: str, fires: bool) -> None:
    found = [v.code for v in lint_source(source, "case.sh", shellcheck=False).violations]
    assert (code in found) == fires, found
