#!/usr/bin/env bash
# The OpenNLP comparison of docs/NER.md: fetches opennlp-tools from Maven Central, trains its name finder
# on CoNLL-2003 eng.train and scores it on eng.testa. Usage: eval/ner/opennlp-baseline.sh [CONLL_DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
conll="${1:-$here/../../../shared/data/conll2003}"
version=2.5.4
mvn -q -B -ntp dependency:get -Dartifact=org.apache.opennlp:opennlp-tools:$version >/dev/null
jar="$HOME/.m2/repository/org/apache/opennlp/opennlp-tools/$version/opennlp-tools-$version.jar"
slf4j="$(find "$HOME/.m2/repository/org/slf4j/slf4j-api" -name 'slf4j-api-*.jar' | sort | tail -1)"
java -Xmx3g -cp "$jar:$slf4j" "$here/OpenNlpBaseline.java" "$conll/eng.train" "$conll/eng.testa"
