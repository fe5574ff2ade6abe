<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>MockBench::AdminApi</name>
    <message>
        <source>Replace all routes (admin API)</source>
        <translation>Alle Routen ersetzen (Admin-API)</translation>
    </message>
    <message numerus="yes">
        <source>Record %n route(s) (admin API)</source>
        <extracomment>undo menu text: routes made by a recording through the admin API</extracomment>
        <translation>
            <numerusform>%n Route aufzeichnen (Admin-API)</numerusform>
            <numerusform>%n Routen aufzeichnen (Admin-API)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 %2 (admin API)</source>
        <extracomment>undo menu text: %1 method, %2 path of a route added through the admin API</extracomment>
        <translation>%1 %2 hinzufügen (Admin-API)</translation>
    </message>
    <message>
        <source>Delete %1 %2 (admin API)</source>
        <extracomment>undo menu text: %1 method, %2 path</extracomment>
        <translation>%1 %2 löschen (Admin-API)</translation>
    </message>
    <message>
        <source>Replace %1 %2 (admin API)</source>
        <extracomment>undo menu text: %1 method, %2 path</extracomment>
        <translation>%1 %2 ersetzen (Admin-API)</translation>
    </message>
    <message>
        <source>Change global chaos (admin API)</source>
        <translation>Globales Chaos ändern (Admin-API)</translation>
    </message>
    <message>
        <source>Reset routes (admin API)</source>
        <translation>Routen zurücksetzen (Admin-API)</translation>
    </message>
</context>
<context>
    <name>MockBench::ChaosEditor</name>
    <message>
        <source>Fixed</source>
        <translation>Fest</translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation>Gleichverteilt</translation>
    </message>
    <message>
        <source>Log-normal</source>
        <translation>Log-normal</translation>
    </message>
    <message>
        <source>Latency of this route</source>
        <translation>Latenz dieser Route</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Added to the global latency: the global one is a slow network, this one a slow endpoint.</source>
        <translation>Kommt zur globalen Latenz hinzu: Die globale steht für ein langsames Netzwerk, diese für einen langsamen Endpunkt.</translation>
    </message>
    <message>
        <source>Delay added before every answer, as if the network were slow.</source>
        <translation>Verzögerung vor jeder Antwort, als wäre das Netzwerk langsam.</translation>
    </message>
    <message>
        <source>None (the global latency only)</source>
        <translation>Keine (nur die globale Latenz)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>How the delay is drawn: always the same, evenly between two bounds, or log-normal (mostly near the median with a long tail, like real services).</source>
        <translation>Wie die Verzögerung gewählt wird: immer gleich, gleichverteilt zwischen zwei Grenzen oder log-normal (meist nahe am Median mit langem Ausläufer, wie bei echten Diensten).</translation>
    </message>
    <message>
        <source>&amp;Distribution:</source>
        <translation>&amp;Verteilung:</translation>
    </message>
    <message>
        <source>The delay of every answer (up to 5 s here; type larger values in the box).</source>
        <translation>Die Verzögerung jeder Antwort (hier bis 5 s; größere Werte im Feld eingeben).</translation>
    </message>
    <message>
        <source>Delay:</source>
        <translation>Verzögerung:</translation>
    </message>
    <message>
        <source>The shortest delay.</source>
        <translation>Die kürzeste Verzögerung.</translation>
    </message>
    <message>
        <source>The longest delay.</source>
        <translation>Die längste Verzögerung.</translation>
    </message>
    <message>
        <source>Minimum:</source>
        <translation>Minimum:</translation>
    </message>
    <message>
        <source>Maximum:</source>
        <translation>Maximum:</translation>
    </message>
    <message>
        <source>Half of the delays are shorter than this, half longer.</source>
        <translation>Die Hälfte der Verzögerungen ist kürzer als dieser Wert, die andere Hälfte länger.</translation>
    </message>
    <message>
        <source>Median:</source>
        <translation>Median:</translation>
    </message>
    <message>
        <source>Spread of the delays: 0 is always the median, 0.5 is a typical service, 1 and more is a very uneven one.</source>
        <translation>Streuung der Verzögerungen: 0 ergibt immer den Median, 0,5 einen typischen Dienst, ab 1 einen sehr ungleichmäßigen.</translation>
    </message>
    <message>
        <source>Sigma:</source>
        <translation>Sigma:</translation>
    </message>
    <message>
        <source>No delay is longer than this, however long the tail.</source>
        <translation>Keine Verzögerung ist länger als dieser Wert, egal wie lang der Ausläufer ist.</translation>
    </message>
    <message>
        <source>Cap:</source>
        <translation>Obergrenze:</translation>
    </message>
    <message>
        <source>Errors of this route</source>
        <translation>Fehler dieser Route</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>An own error rate and error replace the global ones for this route.</source>
        <translation>Eine eigene Fehlerrate und ein eigener Fehler ersetzen für diese Route die globalen.</translation>
    </message>
    <message>
        <source>A share of the matched requests gets an error instead of its answer.</source>
        <translation>Ein Teil der passenden Anfragen erhält statt der Antwort einen Fehler.</translation>
    </message>
    <message>
        <source>Own error rate (replaces the global one)</source>
        <translation>Eigene Fehlerrate (ersetzt die globale)</translation>
    </message>
    <message>
        <source>How many of the matched requests fail, in percent.</source>
        <translation>Wie viele der passenden Anfragen fehlschlagen, in Prozent.</translation>
    </message>
    <message>
        <source> %</source>
        <extracomment>unit suffix of a spin box, with a leading space</extracomment>
        <translation> %</translation>
    </message>
    <message>
        <source>The global error</source>
        <translation>Der globale Fehler</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What a failing request gets: an HTTP status, or a network fault such as a reset connection or a body that arrives slowly.</source>
        <translation>Was eine fehlschlagende Anfrage erhält: einen HTTP-Status oder eine Netzwerkstörung wie eine zurückgesetzte Verbindung oder einen langsam eintreffenden Body.</translation>
    </message>
    <message>
        <source>Err&amp;or:</source>
        <translation>&amp;Fehler:</translation>
    </message>
    <message>
        <source>The HTTP status of the simulated error.</source>
        <translation>Der HTTP-Status des simulierten Fehlers.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Default: a short text naming the simulated error</source>
        <translation>Standard: ein kurzer Text, der den simulierten Fehler nennt</translation>
    </message>
    <message>
        <source>The body of the error response; empty for the default text.</source>
        <translation>Der Body der Fehlerantwort; leer lassen für den Standardtext.</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Body:</translation>
    </message>
    <message>
        <source>Error ra&amp;te:</source>
        <translation>F&amp;ehlerrate:</translation>
    </message>
</context>
<context>
    <name>MockBench::ChaosPanel</name>
    <message>
        <source>Repeatable (seed)</source>
        <translation>Wiederholbar (Seed)</translation>
    </message>
    <message>
        <source>With a seed, delays, error rolls and random responses repeat exactly, run after run.</source>
        <translation>Mit einem Seed sind Verzögerungen, ausgewürfelte Fehler und zufällige Antworten bei jedem Lauf exakt gleich.</translation>
    </message>
    <message>
        <source>The seed: the same seed gives the same chaos for the same requests.</source>
        <translation>Der Seed: Derselbe Seed ergibt bei denselben Anfragen dasselbe Chaos.</translation>
    </message>
    <message>
        <source>Change global latency</source>
        <translation>Globale Latenz ändern</translation>
    </message>
    <message>
        <source>Change error rate</source>
        <translation>Fehlerrate ändern</translation>
    </message>
    <message>
        <source>Change simulated error</source>
        <translation>Simulierten Fehler ändern</translation>
    </message>
    <message>
        <source>Change seed</source>
        <translation>Seed ändern</translation>
    </message>
</context>
<context>
    <name>MockBench::ConditionsEditor</name>
    <message>
        <source>the JSON subset is not valid JSON (line %1, column %2: %3)</source>
        <extracomment>%1 line, %2 column, %3 what is wrong (from Qt)</extracomment>
        <translation>die JSON-Teilmenge ist kein gültiges JSON (Zeile %1, Spalte %2: %3)</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>ist gleich</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>regex (whole value)</source>
        <translation>Regex (ganzer Wert)</translation>
    </message>
    <message>
        <source>JSON subset</source>
        <translation>JSON-Teilmenge</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a condition</source>
        <translation>Eine Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected conditions</source>
        <translation>Die ausgewählten Bedingungen entfernen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has two conditions; combine them into one (for example a regex)</source>
        <extracomment>%1 a query item or header name</extracomment>
        <translation>„%1“ hat zwei Bedingungen; bitte zu einer zusammenfassen (zum Beispiel mit einer Regex)</translation>
    </message>
    <message>
        <source>Query item</source>
        <translation>Query-Parameter</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Query:</source>
        <translation>Query:</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <source>any body</source>
        <translation>beliebiger Body</translation>
    </message>
    <message>
        <source>text, pattern or JSON subset</source>
        <translation>Text, Muster oder JSON-Teilmenge</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Body:</translation>
    </message>
    <message>
        <source>body: %1</source>
        <extracomment>%1 what is wrong with the body condition</extracomment>
        <translation>body: %1</translation>
    </message>
    <message>
        <source>body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>query</source>
        <translation>Query</translation>
    </message>
    <message>
        <source>header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>path parameter</source>
        <translation>Pfadparameter</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>request number</source>
        <translation>Anfragenummer</translation>
    </message>
    <message>
        <source>global variable</source>
        <translation>globale Variable</translation>
    </message>
    <message>
        <source>data store</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <source>template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <source>regex, any case</source>
        <translation>Regex, Groß-/Kleinschreibung egal</translation>
    </message>
    <message>
        <source>is null or absent</source>
        <translation>ist null oder fehlt</translation>
    </message>
    <message>
        <source>is an empty array</source>
        <translation>ist ein leeres Array</translation>
    </message>
    <message>
        <source>array includes</source>
        <translation>Array enthält</translation>
    </message>
    <message>
        <source>valid against schema</source>
        <translation>gültig nach Schema</translation>
    </message>
    <message>
        <source>WireMock pattern</source>
        <translation>WireMock-Muster</translation>
    </message>
    <message>
        <source>URL as sent</source>
        <translation>URL wie gesendet</translation>
    </message>
    <message>
        <source>URL path as sent</source>
        <translation>URL-Pfad wie gesendet</translation>
    </message>
    <message>
        <source>form field</source>
        <translation>Formularfeld</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Not</source>
        <extracomment>column header: the rule fits when its test fails</extracomment>
        <translation>Nicht</translation>
    </message>
    <message>
        <source>Tmpl</source>
        <extracomment>column header: the value is a template</extracomment>
        <translation>Tmpl</translation>
    </message>
    <message>
        <source>The rule fits when its test fails</source>
        <translation>Die Regel passt, wenn ihr Test fehlschlägt</translation>
    </message>
    <message>
        <source>The value is a template, rendered in the response&apos;s dialect first</source>
        <translation>Der Wert ist ein Template und wird zuerst im Dialekt der Antwort ausgefüllt</translation>
    </message>
    <message>
        <source>Add a rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected rules</source>
        <translation>Ausgewählte Regeln entfernen</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>Regeln:</translation>
    </message>
    <message>
        <source>all of these conditions</source>
        <translation>alle diese Bedingungen</translation>
    </message>
    <message>
        <source>any one of them</source>
        <translation>eine davon</translation>
    </message>
    <message>
        <source>How the query, header, body and rule conditions add up</source>
        <translation>Wie die Query-, Header-, Body- und Regelbedingungen zusammenwirken</translation>
    </message>
    <message>
        <source>Fits when:</source>
        <translation>Passt, wenn:</translation>
    </message>
</context>
<context>
    <name>MockBench::EditorFields</name>
    <message>
        <source> ms</source>
        <extracomment>unit suffix of a spin box, with a leading space</extracomment>
        <translation> ms</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <extracomment>%1 what is wrong, such as &quot;path: unclosed {&quot;</extracomment>
        <translation>Nicht übernommen: %1</translation>
    </message>
</context>
<context>
    <name>MockBench::FaultFields</name>
    <message>
        <source> bytes</source>
        <extracomment>unit suffix of a spin box, with a leading space</extracomment>
        <translation> Bytes</translation>
    </message>
    <message>
        <source>Bytes of the body sent at each step.</source>
        <translation>Bytes des Bodys, die pro Schritt gesendet werden.</translation>
    </message>
    <message>
        <source>Time between two chunks of the body.</source>
        <translation>Zeit zwischen zwei Chunks des Bodys.</translation>
    </message>
    <message>
        <source> bytes/s</source>
        <extracomment>unit suffix of a spin box, with a leading space</extracomment>
        <translation> Bytes/s</translation>
    </message>
    <message>
        <source>How fast the body is sent.</source>
        <translation>Wie schnell der Body gesendet wird.</translation>
    </message>
    <message>
        <source>Chunk size:</source>
        <translation>Chunk-Größe:</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>Intervall:</translation>
    </message>
    <message>
        <source>Bandwidth:</source>
        <translation>Bandbreite:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Connection reset</source>
        <translation>Verbindung zurückgesetzt</translation>
    </message>
    <message>
        <source>Connection closed before answering</source>
        <translation>Verbindung vor der Antwort geschlossen</translation>
    </message>
    <message>
        <source>Empty response</source>
        <translation>Leere Antwort</translation>
    </message>
    <message>
        <source>Partial headers</source>
        <translation>Unvollständige Header</translation>
    </message>
    <message>
        <source>Partial body</source>
        <translation>Unvollständiger Body</translation>
    </message>
    <message>
        <source>Garbage (not HTTP)</source>
        <translation>Datenmüll (kein HTTP)</translation>
    </message>
    <message>
        <source>Stall (never answer)</source>
        <translation>Hängen lassen (nie antworten)</translation>
    </message>
    <message>
        <source>Dribble the body</source>
        <translation>Body tröpfchenweise senden</translation>
    </message>
    <message>
        <source>Limit bandwidth</source>
        <translation>Bandbreite begrenzen</translation>
    </message>
    <message>
        <source>Malformed chunked encoding</source>
        <translation>Fehlerhaftes Chunked-Encoding</translation>
    </message>
    <message>
        <source>TLS failure (fatal alert)</source>
        <translation>TLS-Fehler (fataler Alert)</translation>
    </message>
</context>
<context>
    <name>MockBench::JsonText</name>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>more than one value</source>
        <translation>mehr als ein Wert</translation>
    </message>
</context>
<context>
    <name>MockBench::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Import Routes…</source>
        <translation>Routen &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Add Route</source>
        <translation>Route &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Duplicate Route</source>
        <translation>Route &amp;duplizieren</translation>
    </message>
    <message>
        <source>De&amp;lete Route</source>
        <translation>Route &amp;löschen</translation>
    </message>
    <message>
        <source>Add a route after the selected one</source>
        <translation>Eine Route nach der ausgewählten hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate the selected route</source>
        <translation>Die ausgewählte Route duplizieren</translation>
    </message>
    <message>
        <source>Delete the selected route</source>
        <translation>Die ausgewählte Route löschen</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>URL &amp;kopieren</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <extracomment>%1 is a URL</extracomment>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About MockBench</source>
        <translation>Ü&amp;ber MockBench</translation>
    </message>
    <message>
        <source>About MockBench</source>
        <translation>Über MockBench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MockBench %1&lt;/h3&gt;&lt;p&gt;A workbench for mocking HTTP services: edit routes, make the backend slow or flaky, and watch every request arrive.&lt;/p&gt;</source>
        <extracomment>%1 is the version number</extracomment>
        <translation>&lt;h3&gt;MockBench %1&lt;/h3&gt;&lt;p&gt;Eine Werkbank zum Mocken von HTTP-Diensten: Routen bearbeiten, das Backend langsam oder unzuverlässig machen und jede eintreffende Anfrage beobachten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Address to listen on; 127.0.0.1 keeps the mock private to this machine</source>
        <translation>Adresse, auf der gelauscht wird; 127.0.0.1 beschränkt den Mock auf diesen Rechner</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Port to listen on; &quot;any&quot; picks a free one</source>
        <translation>Port, auf dem gelauscht wird; „beliebig“ wählt einen freien Port</translation>
    </message>
    <message>
        <source>The address clients use; click to copy it</source>
        <translation>Die Adresse für Clients; zum Kopieren klicken</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Drag a route to change its place: the first enabled route that matches a request answers it</source>
        <translation>Route ziehen, um ihre Position zu ändern: Die erste aktivierte Route, die zu einer Anfrage passt, beantwortet sie</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1[*] — MockBench</source>
        <extracomment>window title: %1 is the route set&apos;s name or file; [*] marks unsaved changes</extracomment>
        <translation>%1[*] — MockBench</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Stop serving</source>
        <translation>Server stoppen</translation>
    </message>
    <message>
        <source>Start serving</source>
        <translation>Server starten</translation>
    </message>
    <message>
        <source>not serving</source>
        <translation>Server gestoppt</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <extracomment>status bar: open connections and requests answered since start</extracomment>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The routes have unsaved changes. Save them first?</source>
        <translation>Die Routen haben ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <source>Open Route Set</source>
        <translation>Routen-Set öffnen</translation>
    </message>
    <message>
        <source>Route sets (%1);;All files (*)</source>
        <translation>Routen-Sets (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Route Set</source>
        <translation>Routen-Set speichern</translation>
    </message>
    <message>
        <source>Import Routes</source>
        <translation>Routen importieren</translation>
    </message>
    <message>
        <source>Export Route Set</source>
        <translation>Routen-Set exportieren</translation>
    </message>
    <message>
        <source>Add route</source>
        <translation>Route hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate %1 %2</source>
        <extracomment>undo menu text: %1 method, %2 path</extracomment>
        <translation>%1 %2 duplizieren</translation>
    </message>
    <message>
        <source>Delete %1 %2</source>
        <translation>%1 %2 löschen</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <extracomment>%1 is the reason</extracomment>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>an untitled route set</source>
        <translation>einem unbenannten Routen-Set</translation>
    </message>
    <message>
        <source>MockBench did not close cleanly. Restore the unsaved changes to %1 from %2?</source>
        <extracomment>%1 a file name (or &quot;an untitled route set&quot;), %2 a time</extracomment>
        <translation>MockBench wurde nicht ordnungsgemäß beendet. Die ungespeicherten Änderungen an %1 vom %2 wiederherstellen?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>The autosaved changes cannot be read: %1</source>
        <translation>Die automatisch gespeicherten Änderungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Restore autosaved changes</source>
        <translation>Automatisch gespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>%1
Serving the built-in example instead.</source>
        <extracomment>%1 is the error text of the file that could not be opened</extracomment>
        <translation>%1
Stattdessen wird das eingebaute Beispiel bereitgestellt.</translation>
    </message>
    <message>
        <source>Cannot open %1:
%2</source>
        <extracomment>%1 a file path, %2 one error per line</extracomment>
        <translation>%1 kann nicht geöffnet werden:
%2</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n route(s)</source>
        <extracomment>%1 is a file name, %n the number of routes</extracomment>
        <translation>
            <numerusform>%1 geöffnet: %n Route</numerusform>
            <numerusform>%1 geöffnet: %n Routen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Cannot import %1:
%2</source>
        <translation>%1 kann nicht importiert werden:
%2</translation>
    </message>
    <message numerus="yes">
        <source>Import %n route(s) from %1</source>
        <extracomment>undo menu text: %1 a file name, %n how many routes</extracomment>
        <translation>
            <numerusform>%n Route aus %1 importieren</numerusform>
            <numerusform>%n Routen aus %1 importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <extracomment>%1 a file path, %2 the reason</extracomment>
        <translation>Export nach %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address. Use 127.0.0.1 for this machine only, or 0.0.0.0 for every network.</source>
        <extracomment>%1 is what the user typed as host</extracomment>
        <translation>„%1“ ist keine IP-Adresse. 127.0.0.1 für nur diesen Rechner verwenden oder 0.0.0.0 für alle Netzwerke.</translation>
    </message>
    <message>
        <source>Serving at %1</source>
        <extracomment>%1 is a URL</extracomment>
        <translation>Server läuft unter %1</translation>
    </message>
    <message>
        <source>%1 changed on disk but cannot be loaded; the routes here keep serving:
%2</source>
        <extracomment>%1 a file name, %2 one error per line</extracomment>
        <translation>%1 wurde auf der Festplatte geändert, lässt sich aber nicht laden; die Routen hier bleiben aktiv:
%2</translation>
    </message>
    <message>
        <source>Reloaded %1: it changed on disk</source>
        <extracomment>%1 a file name</extracomment>
        <translation>%1 neu geladen: die Datei wurde auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>%1 changed on disk. Reload it and lose the unsaved changes here?</source>
        <extracomment>%1 a file name</extracomment>
        <translation>%1 wurde auf der Festplatte geändert. Neu laden und die ungespeicherten Änderungen hier verwerfen?</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Request log: %1</source>
        <translation>Anfrageprotokoll: %1</translation>
    </message>
    <message>
        <source>Cannot write the request log: %1</source>
        <extracomment>%1 the reason</extracomment>
        <translation>Das Anfrageprotokoll kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>window title part: %1 the route set&apos;s name, %2 its file</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add</source>
        <extracomment>button under the route table</extracomment>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <extracomment>button under the route table</extracomment>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>button under the route table</extracomment>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Default &amp;Template Dialect</source>
        <translation>Vorgabe-&amp;Vorlagendialekt</translation>
    </message>
    <message>
        <source>&amp;JavaScript</source>
        <translation>&amp;JavaScript</translation>
    </message>
    <message>
        <source>&amp;Mockoon (Handlebars)</source>
        <translation>&amp;Mockoon (Handlebars)</translation>
    </message>
    <message>
        <source>&amp;WireMock (Handlebars)</source>
        <translation>&amp;WireMock (Handlebars)</translation>
    </message>
    <message>
        <source>&amp;None: sent as written</source>
        <translation>&amp;Keine: wie geschrieben gesendet</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Vorlagen</translation>
    </message>
    <message>
        <source>The helpers and values of the template dialect in use</source>
        <translation>Die Helfer und Werte des verwendeten Vorlagendialekts</translation>
    </message>
    <message>
        <source>Templates Help</source>
        <translation>Vorlagenhilfe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Templates &amp;Help</source>
        <translation>Vorlagen&amp;hilfe</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>&amp;Zustand</translation>
    </message>
    <message>
        <source>Inserted %1</source>
        <extracomment>status bar: %1 is a template example such as {{ uuid() }}</extracomment>
        <translation>%1 eingefügt</translation>
    </message>
    <message>
        <source>Select a route to insert the example into</source>
        <translation>Eine Route wählen, in die das Beispiel eingefügt wird</translation>
    </message>
    <message>
        <source>Change default template dialect</source>
        <translation>Vorgabe-Vorlagendialekt ändern</translation>
    </message>
    <message>
        <source>The default template dialect was not changed</source>
        <translation>Der Vorgabe-Vorlagendialekt wurde nicht geändert</translation>
    </message>
    <message>
        <source>Add the routes of a MockBench route set or a Mockoon environment to these</source>
        <translation>Die Routen eines MockBench-Routensets oder einer Mockoon-Umgebung zu diesen hinzufügen</translation>
    </message>
    <message>
        <source>Route Set &amp;Settings…</source>
        <translation>Routenset-&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>The route set&apos;s name, CORS, the headers of every answer and the content type</source>
        <translation>Name des Routensets, CORS, die Header jeder Antwort und der Content-Type</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show what could not be carried over, with its place</source>
        <translation>Zeigen, was nicht übernommen werden konnte, mit seiner Stelle</translation>
    </message>
    <message>
        <source>Route Set Settings</source>
        <translation>Routenset-Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Guess a Content-Type when a response sets none</source>
        <translation>Content-Type &amp;erraten, wenn eine Antwort keinen setzt</translation>
    </message>
    <message>
        <source>Off: such answers are sent without a Content-Type, as Mockoon does for a file of unknown type</source>
        <translation>Aus: solche Antworten werden ohne Content-Type gesendet, wie Mockoon es bei Dateien unbekannten Typs tut</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Sent with every answer of a route, unless its response sets the same header</source>
        <translation>Wird mit jeder Antwort einer Route gesendet, außer ihre Antwort setzt denselben Header</translation>
    </message>
    <message>
        <source>Add a header</source>
        <translation>Header hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected headers</source>
        <translation>Ausgewählte Header entfernen</translation>
    </message>
    <message>
        <source>&amp;Headers of every answer:</source>
        <translation>&amp;Header jeder Antwort:</translation>
    </message>
    <message>
        <source>Change route set settings</source>
        <translation>Routenset-Einstellungen ändern</translation>
    </message>
    <message>
        <source>The route set settings were not changed:
%1</source>
        <translation>Die Routenset-Einstellungen wurden nicht geändert:
%1</translation>
    </message>
    <message>
        <source>the route set converted from %1</source>
        <extracomment>%1 the file name of another tool&apos;s file, such as &quot;shop.json&quot;</extracomment>
        <translation>das aus %1 umgewandelte Routenset</translation>
    </message>
    <message>
        <source>Opened %1 %2 as a new MockBench route set; everything was carried over.</source>
        <extracomment>%1 a format such as &quot;Mockoon environment&quot;, %2 a file name</extracomment>
        <translation>%1 %2 als neues MockBench-Routenset geöffnet; alles wurde übernommen.</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 %2 as a new MockBench route set; %n thing(s) could not be carried over.</source>
        <extracomment>%1 a format such as &quot;Mockoon environment&quot;, %2 a file name, %n how many things</extracomment>
        <translation>
            <numerusform>%1 %2 als neues MockBench-Routenset geöffnet; %n Sache konnte nicht übernommen werden.</numerusform>
            <numerusform>%1 %2 als neues MockBench-Routenset geöffnet; %n Sachen konnten nicht übernommen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save over %1: it is another tool&apos;s file, which MockBench never writes over. Choose another name.</source>
        <extracomment>%1 a file path</extracomment>
        <translation>%1 kann nicht überschrieben werden: Es ist die Datei eines anderen Werkzeugs, und MockBench überschreibt sie nie. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>data.%1: this route set already has a data store of that name; the imported one was left out</source>
        <extracomment>a line of the import report: %1 a data store&apos;s name</extracomment>
        <translation>data.%1: Dieses Routenset hat bereits einen Datenspeicher dieses Namens; der importierte wurde ausgelassen</translation>
    </message>
    <message>
        <source>headers: the headers of every answer were not imported (Open the file to keep them)</source>
        <translation>headers: Die Header jeder Antwort wurden nicht importiert (öffnen Sie die Datei, um sie zu behalten)</translation>
    </message>
    <message>
        <source>cors: the CORS preflight answer was not imported (Edit &gt; Route Set Settings)</source>
        <translation>cors: Die CORS-Preflight-Antwort wurde nicht importiert (Bearbeiten &gt; Routenset-Einstellungen)</translation>
    </message>
    <message>
        <source>notFound: the answer to requests no route takes was not imported</source>
        <translation>notFound: Die Antwort auf Anfragen, die keine Route annimmt, wurde nicht importiert</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 a format such as &quot;Mockoon environment&quot;, %2 a file name</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n route(s) from %1</source>
        <extracomment>%1 a file name (or a format and a file name), %n how many routes</extracomment>
        <translation>
            <numerusform>%n Route aus %1 importiert</numerusform>
            <numerusform>%n Routen aus %1 importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %2 from %1; %n thing(s) could not be carried over.</source>
        <extracomment>%1 a file name (or a format and a file name), %2 &quot;N route(s)&quot;, %n how many things</extracomment>
        <translation>
            <numerusform>%2 aus %1 importiert; %n Sache konnte nicht übernommen werden.</numerusform>
            <numerusform>%2 aus %1 importiert; %n Sachen konnten nicht übernommen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n route(s)</source>
        <translation>
            <numerusform>%n Route</numerusform>
            <numerusform>%n Routen</numerusform>
        </translation>
    </message>
    <message>
        <source>Route sets and API descriptions (*.json *.yaml *.yml);;JSON files (*.json);;YAML files (*.yaml *.yml);;All files (*)</source>
        <extracomment>file dialog filters</extracomment>
        <translation>Routensätze und API-Beschreibungen (*.json *.yaml *.yml);;JSON-Dateien (*.json);;YAML-Dateien (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>Open a folder of another tool&apos;s files, such as a WireMock root with mappings/ and __files/</source>
        <translation>Einen Ordner mit Dateien eines anderen Werkzeugs öffnen, etwa ein WireMock-Stammverzeichnis mit mappings/ und __files/</translation>
    </message>
    <message>
        <source>Export as OpenA&amp;PI…</source>
        <translation>&amp;Als OpenAPI exportieren…</translation>
    </message>
    <message>
        <source>Write an OpenAPI 3.1 description of these routes (JSON or YAML)</source>
        <translation>Eine OpenAPI-3.1-Beschreibung dieser Routen schreiben (JSON oder YAML)</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>OpenAPI JSON (*.json)</source>
        <extracomment>file dialog filter</extracomment>
        <translation>OpenAPI-JSON (*.json)</translation>
    </message>
    <message>
        <source>OpenAPI YAML (*.yaml *.yml)</source>
        <extracomment>file dialog filter</extracomment>
        <translation>OpenAPI-YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Export as OpenAPI</source>
        <translation>Als OpenAPI exportieren</translation>
    </message>
    <message>
        <source>Exported an OpenAPI description to %1</source>
        <extracomment>%1 a file name</extracomment>
        <translation>OpenAPI-Beschreibung nach %1 exportiert</translation>
    </message>
    <message numerus="yes">
        <source>Exported an OpenAPI description to %1; %n thing(s) could not be described.</source>
        <extracomment>%1 a file name, %n how many things the OpenAPI document does not describe</extracomment>
        <translation>
            <numerusform>OpenAPI-Beschreibung nach %1 exportiert; %n Sache konnte nicht beschrieben werden.</numerusform>
            <numerusform>OpenAPI-Beschreibung nach %1 exportiert; %n Sachen konnten nicht beschrieben werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;Log as HAR…</source>
        <translation>&amp;Protokoll als HAR exportieren…</translation>
    </message>
    <message>
        <source>Write the request log as a HAR 1.2 file, which MockBench can serve again</source>
        <translation>Das Anfrageprotokoll als HAR-1.2-Datei schreiben, die MockBench wieder bereitstellen kann</translation>
    </message>
    <message>
        <source>Export Log as HAR</source>
        <translation>Protokoll als HAR exportieren</translation>
    </message>
    <message>
        <source>HAR files (*.har);;All files (*)</source>
        <extracomment>file dialog filter</extracomment>
        <translation>HAR-Dateien (*.har);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n request(s) to %1</source>
        <extracomment>%n requests, %1 a file name</extracomment>
        <translation>
            <numerusform>%n Anfrage nach %1 exportiert</numerusform>
            <numerusform>%n Anfragen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Create route from %1 %2</source>
        <extracomment>undo menu text: %1 method, %2 path of the request a route is made from</extracomment>
        <translation>Route aus %1 %2 erstellen</translation>
    </message>
    <message>
        <source>Route %1 answers %2 %3 as it was answered</source>
        <translation>Route %1 beantwortet %2 %3 so, wie es beantwortet wurde</translation>
    </message>
    <message>
        <source>Route %1 made from %2 %3, but %4</source>
        <translation>Route %1 aus %2 %3 erstellt, aber %4</translation>
    </message>
    <message>
        <source>The HTTPS address, served beside HTTP; click to copy it</source>
        <translation>Die HTTPS-Adresse, neben HTTP bedient; zum Kopieren klicken</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Preflight answer and CORS headers on every answer</source>
        <translation>Preflight-Antwort und CORS-Header an jeder Antwort</translation>
    </message>
    <message>
        <source>Preflight answer only (as Mockoon)</source>
        <translation>Nur Preflight-Antwort (wie Mockoon)</translation>
    </message>
    <message>
        <source>Preflight: an OPTIONS request no route takes gets 200 with Access-Control-Allow-Origin: *, -Methods and -Headers.
Every answer: Access-Control-Allow-Origin: * and Access-Control-Expose-Headers: * unless it sets them</source>
        <translation>Preflight: Eine OPTIONS-Anfrage, die keine Route annimmt, erhält 200 mit Access-Control-Allow-Origin: *, -Methods und -Headers.
Jede Antwort: Access-Control-Allow-Origin: * und Access-Control-Expose-Headers: *, sofern sie sie nicht selbst setzt</translation>
    </message>
    <message>
        <source>&amp;CORS:</source>
        <translation>&amp;CORS:</translation>
    </message>
    <message>
        <source>Cannot serve on %1 port %2: %3</source>
        <extracomment>%1 host, %2 port, %3 the reason</extracomment>
        <translation>Kann auf %1 Port %2 nicht bedienen: %3</translation>
    </message>
    <message>
        <source>&amp;Record…</source>
        <translation>&amp;Aufzeichnen…</translation>
    </message>
    <message>
        <source>Forward every request to a real backend and record each exchange as a route</source>
        <translation>Jede Anfrage an ein echtes Backend weiterleiten und jeden Austausch als Route aufzeichnen</translation>
    </message>
    <message>
        <source>Stop &amp;Recording</source>
        <translation>Aufzeichnung &amp;beenden</translation>
    </message>
    <message>
        <source>Recording what %1 answers; stop to add it as routes</source>
        <extracomment>%1 the backend&apos;s URL</extracomment>
        <translation>Zeichnet auf, was %1 antwortet; beenden, um es als Routen hinzuzufügen</translation>
    </message>
    <message>
        <source>Record a Backend</source>
        <translation>Ein Backend aufzeichnen</translation>
    </message>
    <message>
        <source>Every request MockBench gets goes to the backend, and each answer becomes a route when you stop recording.</source>
        <translation>Jede Anfrage, die MockBench erhält, geht an das Backend, und jede Antwort wird zu einer Route, wenn Sie die Aufzeichnung beenden.</translation>
    </message>
    <message>
        <source>&amp;Backend URL:</source>
        <translation>&amp;Backend-URL:</translation>
    </message>
    <message>
        <source>all paths</source>
        <translation>alle Pfade</translation>
    </message>
    <message>
        <source>A regular expression a path must match to be recorded, such as ^/api/; the rest is forwarded without being recorded</source>
        <translation>Ein regulärer Ausdruck, auf den ein Pfad passen muss, um aufgezeichnet zu werden, etwa ^/api/; der Rest wird weitergeleitet, ohne aufgezeichnet zu werden</translation>
    </message>
    <message>
        <source>Record &amp;paths:</source>
        <translation>&amp;Pfade aufzeichnen:</translation>
    </message>
    <message>
        <source>Start Recording</source>
        <translation>Aufzeichnung starten</translation>
    </message>
    <message>
        <source>Cannot record &quot;%1&quot;: it %2</source>
        <extracomment>%1 what the user typed, %2 what is wrong with it</extracomment>
        <translation>Kann „%1“ nicht aufzeichnen: %2</translation>
    </message>
    <message>
        <source>Cannot record: %1</source>
        <translation>Kann nicht aufzeichnen: %1</translation>
    </message>
    <message>
        <source>Recording: every request goes to %1. Stop recording (Server &gt; Stop Recording) to add what was recorded as routes.</source>
        <extracomment>%1 the backend&apos;s URL</extracomment>
        <translation>Aufzeichnung: Jede Anfrage geht an %1. Beenden Sie die Aufzeichnung (Server &gt; Aufzeichnung beenden), um das Aufgezeichnete als Routen hinzuzufügen.</translation>
    </message>
    <message>
        <source>Nothing was recorded from %1</source>
        <extracomment>%1 the backend&apos;s URL</extracomment>
        <translation>Von %1 wurde nichts aufgezeichnet</translation>
    </message>
    <message>
        <source>Nothing was recorded from %1.</source>
        <translation>Von %1 wurde nichts aufgezeichnet.</translation>
    </message>
    <message numerus="yes">
        <source>Record %n route(s) from %1</source>
        <extracomment>undo menu text: %n how many routes, %1 the backend&apos;s URL</extracomment>
        <translation>
            <numerusform>%n Route von %1 aufzeichnen</numerusform>
            <numerusform>%n Routen von %1 aufzeichnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot add the recorded routes:
%1</source>
        <translation>Kann die aufgezeichneten Routen nicht hinzufügen:
%1</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n route(s) from %1</source>
        <extracomment>%n how many routes, %1 the backend&apos;s URL</extracomment>
        <translation>
            <numerusform>%n Route von %1 aufgezeichnet</numerusform>
            <numerusform>%n Routen von %1 aufgezeichnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n route(s) from %1; some exchanges were not recorded.</source>
        <extracomment>%n how many routes, %1 the backend&apos;s URL; a list of what was not recorded follows</extracomment>
        <translation>
            <numerusform>%n Route von %1 aufgezeichnet; einige Austausche wurden nicht aufgezeichnet.</numerusform>
            <numerusform>%n Routen von %1 aufgezeichnet; einige Austausche wurden nicht aufgezeichnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>none: MockBench&apos;s 404</source>
        <translation>keines: MockBenchs 404</translation>
    </message>
    <message>
        <source>A real backend that answers every request no route takes (https://api.example.com); the global chaos applies to its answers</source>
        <translation>Ein echtes Backend, das jede Anfrage beantwortet, die keine Route annimmt (https://api.example.com); das globale Chaos gilt für seine Antworten</translation>
    </message>
    <message>
        <source>&amp;Forward the rest to:</source>
        <translation>&amp;Den Rest weiterleiten an:</translation>
    </message>
</context>
<context>
    <name>MockBench::RequestLogModel</name>
    <message>
        <source>%1 ms</source>
        <extracomment>Duration of an exchange in milliseconds, e.g. &quot;0.4 ms&quot; or &quot;201 ms&quot;</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>kein Treffer</translation>
    </message>
    <message>
        <source>route %1</source>
        <extracomment>A route without an id, by its 1-based position in the route list</extracomment>
        <translation>Route %1</translation>
    </message>
    <message>
        <source>%1 (error injected)</source>
        <extracomment>%1 is a fault name such as &quot;connection-reset&quot;; the error-rate roll chose it</extracomment>
        <translation>%1 (Fehler injiziert)</translation>
    </message>
    <message>
        <source>error injected</source>
        <translation>Fehler injiziert</translation>
    </message>
    <message>
        <source>%1
from %2</source>
        <extracomment>%1 is the request target, %2 the client&apos;s address:port</extracomment>
        <translation>%1
von %2</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>No status sent (%1); the answer would have been %2 %3</source>
        <extracomment>%1 is a fault name, %2 and %3 the status and reason that were not sent</extracomment>
        <translation>Kein Status gesendet (%1); die Antwort wäre %2 %3 gewesen</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <extracomment>%1 is the error message of a template or body file</extracomment>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Server %1 ms + chaos delay %2 ms</source>
        <extracomment>%1: the server&apos;s own time in ms, %2: the latency chaos added, in ms</extracomment>
        <translation>Server %1 ms + Chaos-Verzögerung %2 ms</translation>
    </message>
    <message>
        <source>The error rate roll %1 hit</source>
        <extracomment>%1 is the random roll in [0, 1) that fell under the configured error rate</extracomment>
        <translation>Zufallswert %1 lag unter der Fehlerrate</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Störung</translation>
    </message>
    <message numerus="yes">
        <source>[%n bytes of binary data]</source>
        <extracomment>The size of a body that is not text, which is not shown</extracomment>
        <translation>
            <numerusform>[%n Byte Binärdaten]</numerusform>
            <numerusform>[%n Bytes Binärdaten]</numerusform>
        </translation>
    </message>
    <message>
        <source>[… truncated, %1 of %2 bytes shown]</source>
        <extracomment>%1 bytes of the body are kept in the log, out of %2 bytes received or sent</extracomment>
        <translation>[… gekürzt, %1 von %2 Bytes angezeigt]</translation>
    </message>
    <message>
        <source>[no response]</source>
        <translation>[keine Antwort]</translation>
    </message>
    <message>
        <source>[delayed %1 ms]</source>
        <extracomment>%1 is the latency chaos added before the answer, in milliseconds</extracomment>
        <translation>[um %1 ms verzögert]</translation>
    </message>
    <message>
        <source>[error injected, roll %1]</source>
        <extracomment>%1 is the random roll in [0, 1) that fell under the configured error rate</extracomment>
        <translation>[Fehler injiziert, Zufallswert %1]</translation>
    </message>
    <message>
        <source>[error injected]</source>
        <translation>[Fehler injiziert]</translation>
    </message>
    <message>
        <source>[fault: %1]</source>
        <extracomment>%1 is a fault name such as &quot;connection-reset&quot;</extracomment>
        <translation>[Störung: %1]</translation>
    </message>
    <message>
        <source>[error: %1]</source>
        <extracomment>%1 is the error message of a template or body file</extracomment>
        <translation>[Fehler: %1]</translation>
    </message>
    <message>
        <source>proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>a forwarded exchange: %1 the route (or &quot;proxy&quot; for the set&apos;s), %2 the upstream&apos;s host and port</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Forwarded to %1</source>
        <extracomment>%1 the URL a request was forwarded to</extracomment>
        <translation>Weitergeleitet an %1</translation>
    </message>
    <message>
        <source>The upstream gave no answer: %1</source>
        <extracomment>%1 why the upstream gave no answer</extracomment>
        <translation>Das Upstream-Backend gab keine Antwort: %1</translation>
    </message>
</context>
<context>
    <name>MockBench::RequestLogView</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s)</source>
        <extracomment>%1 is how many requests the filter lets through, %n how many there are</extracomment>
        <translation>
            <numerusform>%1 von %n Anfrage</numerusform>
            <numerusform>%1 von %n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter: method, path, status, route…</source>
        <translation>Filter: Methode, Pfad, Status, Route…</translation>
    </message>
    <message>
        <source>Shows only the requests whose method, path, status, route or fault contain this text (case does not matter).</source>
        <translation>Zeigt nur die Anfragen, deren Methode, Pfad, Status, Route oder Störung diesen Text enthält (ohne Beachtung der Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Mitverfolgen</translation>
    </message>
    <message>
        <source>Keep the newest request in view. Scrolling up stops following; scrolling to the end starts again.</source>
        <translation>Die neueste Anfrage im Blick behalten. Nach oben scrollen beendet das Mitverfolgen, ans Ende scrollen setzt es fort.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Forget every recorded request.</source>
        <translation>Alle aufgezeichneten Anfragen verwerfen.</translation>
    </message>
    <message>
        <source>Select a request to see it as it was sent.</source>
        <translation>Eine Anfrage auswählen, um sie so zu sehen, wie sie gesendet wurde.</translation>
    </message>
    <message>
        <source>…and the answer it got.</source>
        <translation>…und die Antwort darauf.</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>Anfra&amp;ge</translation>
    </message>
    <message>
        <source>Re&amp;sponse</source>
        <translation>Ant&amp;wort</translation>
    </message>
    <message>
        <source>The log keeps the newest %1 requests, so memory stays flat however long MockBench runs.</source>
        <extracomment>tooltip of the request count; %1 is how many requests the log keeps at most</extracomment>
        <translation>Das Protokoll behält die neuesten %1 Anfragen, damit der Speicherbedarf gleich bleibt, wie lange MockBench auch läuft.</translation>
    </message>
    <message numerus="yes">
        <source>newest %n request(s)</source>
        <translation>
            <numerusform>neueste %n Anfrage</numerusform>
            <numerusform>neueste %n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Create Route</source>
        <translation>Route erstellen</translation>
    </message>
    <message>
        <source>Add a route that answers requests like the selected one as it was answered (proxied or not).</source>
        <translation>Eine Route hinzufügen, die Anfragen wie die ausgewählte so beantwortet, wie sie beantwortet wurde (weitergeleitet oder nicht).</translation>
    </message>
    <message>
        <source>Create Route from This Request</source>
        <translation>Route aus dieser Anfrage erstellen</translation>
    </message>
</context>
<context>
    <name>MockBench::ResponseEditor</name>
    <message>
        <source>Use this response only when (rules mode)</source>
        <translation>Diese Antwort nur verwenden, wenn (Regelmodus)</translation>
    </message>
    <message>
        <source>Rules: the first whose conditions fit</source>
        <translation>Regeln: die erste mit passenden Bedingungen</translation>
    </message>
    <message>
        <source>Sequential: the next one each time</source>
        <translation>Der Reihe nach: jedes Mal die nächste</translation>
    </message>
    <message>
        <source>Random: one at random</source>
        <translation>Zufällig: eine zufällig gewählte</translation>
    </message>
    <message>
        <source>Res&amp;ponse mode:</source>
        <translation>A&amp;ntwortmodus:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a response</source>
        <translation>Eine Antwort hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate this response</source>
        <translation>Diese Antwort duplizieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this response (a route keeps at least one)</source>
        <translation>Diese Antwort entfernen (eine Route behält mindestens eine)</translation>
    </message>
    <message>
        <source>standard reason phrase</source>
        <translation>Standard-Statustext</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Statustext:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>A name may repeat: the header is sent once per value. Templates work in values.</source>
        <translation>Ein Name darf mehrfach vorkommen: Der Header wird einmal pro Wert gesendet. In Werten funktionieren Templates.</translation>
    </message>
    <message>
        <source>Add a header</source>
        <translation>Einen Header hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected headers</source>
        <translation>Die ausgewählten Header entfernen</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <source>No body</source>
        <translation>Kein Body</translation>
    </message>
    <message>
        <source>Text (with {{ templates }})</source>
        <translation>Text (mit {{ Templates }})</translation>
    </message>
    <message>
        <source>JSON (sent as is)</source>
        <translation>JSON (unverändert gesendet)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>B&amp;ody:</translation>
    </message>
    <message>
        <source>Response body. {{ params.id }}, {{ query.page }}, {{ uuid() }} and other JavaScript expressions are filled in per request.</source>
        <translation>Antwort-Body. {{ params.id }}, {{ query.page }}, {{ uuid() }} und andere JavaScript-Ausdrücke werden für jede Anfrage ausgewertet.</translation>
    </message>
    <message>
        <source>fixtures/page.html</source>
        <translation>fixtures/page.html</translation>
    </message>
    <message>
        <source>Relative to the route set&apos;s folder, read on each request</source>
        <translation>Relativ zum Ordner des Routen-Sets, bei jeder Anfrage neu gelesen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Pick a file in the route set&apos;s folder</source>
        <translation>Eine Datei im Ordner des Routen-Sets auswählen</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>How this response goes wrong on the wire, every time</source>
        <translation>Wie diese Antwort bei der Übertragung jedes Mal gestört wird</translation>
    </message>
    <message>
        <source>Fa&amp;ult:</source>
        <translation>Stö&amp;rung:</translation>
    </message>
    <message>
        <source>Change headers of %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation>Header von %1 ändern</translation>
    </message>
    <message>
        <source>Add response to %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation>Antwort zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate response of %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation>Antwort von %1 duplizieren</translation>
    </message>
    <message>
        <source>Remove response from %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation>Antwort von %1 entfernen</translation>
    </message>
    <message>
        <source>Change status of %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation>Status von %1 ändern</translation>
    </message>
    <message>
        <source>Change reason phrase of %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation>Statustext von %1 ändern</translation>
    </message>
    <message>
        <source>Body File</source>
        <translation>Body-Datei</translation>
    </message>
    <message>
        <source>Change fault of %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation>Störung von %1 ändern</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a response tab: %1 its number, %2 its status</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Valid JSON</source>
        <translation>Gültiges JSON</translation>
    </message>
    <message>
        <source>Invalid JSON at line %1, column %2: %3</source>
        <extracomment>%1 line, %2 column, %3 what is wrong (from Qt&apos;s JSON parser)</extracomment>
        <translation>Ungültiges JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>Change body of %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation>Body von %1 ändern</translation>
    </message>
    <message>
        <source>Change response conditions of %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation>Antwortbedingungen von %1 ändern</translation>
    </message>
    <message>
        <source>JavaScript</source>
        <translation>JavaScript</translation>
    </message>
    <message>
        <source>Mockoon (Handlebars)</source>
        <translation>Mockoon (Handlebars)</translation>
    </message>
    <message>
        <source>WireMock (Handlebars)</source>
        <translation>WireMock (Handlebars)</translation>
    </message>
    <message>
        <source>None: sent as written</source>
        <translation>Keine: wie geschrieben gesendet</translation>
    </message>
    <message>
        <source>How the body and the header values are filled in per request</source>
        <translation>Wie Body und Header-Werte je Anfrage ausgefüllt werden</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>The helpers and values of this dialect (F1)</source>
        <translation>Die Helfer und Werte dieses Dialekts (F1)</translation>
    </message>
    <message>
        <source>Templ&amp;ating:</source>
        <translation>&amp;Vorlagen:</translation>
    </message>
    <message>
        <source>Change templating of %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation>Vorlagen-Dialekt von %1 ändern</translation>
    </message>
    <message>
        <source>Route set default (%1)</source>
        <extracomment>the templating of a response that names none; %1 is the route set&apos;s (e.g. &quot;JavaScript&quot;)</extracomment>
        <translation>Vorgabe des Routensets (%1)</translation>
    </message>
    <message>
        <source>Response body. {{urlParam &apos;id&apos;}}, {{queryParam &apos;page&apos;}}, {{faker &apos;person.firstName&apos;}} and Mockoon&apos;s other helpers are filled in per request.</source>
        <translation>Antwort-Body. {{urlParam &apos;id&apos;}}, {{queryParam &apos;page&apos;}}, {{faker &apos;person.firstName&apos;}} und Mockoons weitere Helfer werden je Anfrage ausgefüllt.</translation>
    </message>
    <message>
        <source>Response body. {{request.path}}, {{request.query.page}}, {{randomValue type=&apos;UUID&apos;}} and WireMock&apos;s other helpers are filled in per request.</source>
        <translation>Antwort-Body. {{request.path}}, {{request.query.page}}, {{randomValue type=&apos;UUID&apos;}} und WireMocks weitere Helfer werden je Anfrage ausgefüllt.</translation>
    </message>
    <message>
        <source>Response body, sent exactly as written.</source>
        <translation>Antwort-Body, genau wie geschrieben gesendet.</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>a template dialect: bodies sent as written</extracomment>
        <translation>Keine</translation>
    </message>
    <message>
        <source>The route set&apos;s default dialect, %1 (Edit &gt; Default Template Dialect)</source>
        <extracomment>tooltip; %1 a template dialect such as &quot;Mockoon&quot;</extracomment>
        <translation>Der Vorgabe-Dialekt des Routensets, %1 (Bearbeiten &gt; Vorgabe-Vorlagendialekt)</translation>
    </message>
    <message>
        <source>Default: always the default response</source>
        <translation>Standard: immer die Standardantwort</translation>
    </message>
    <message>
        <source>Fall through to the next route when no response fits</source>
        <translation>Zur nächsten Route weiter, wenn keine Antwort passt</translation>
    </message>
    <message>
        <source>Rules mode: when no response&apos;s conditions fit, the next route that fits the request answers it</source>
        <translation>Regelmodus: Passen die Bedingungen keiner Antwort, beantwortet die nächste passende Route die Anfrage</translation>
    </message>
    <message>
        <source>Data store</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <source>Render the file as a template</source>
        <translation>Datei als Template ausfüllen</translation>
    </message>
    <message>
        <source>Fill in the file&apos;s templates per request, in the response&apos;s dialect</source>
        <translation>Die Templates der Datei pro Anfrage ausfüllen, im Dialekt der Antwort</translation>
    </message>
    <message>
        <source>Answer 404 when the file is missing</source>
        <translation>Mit 404 antworten, wenn die Datei fehlt</translation>
    </message>
    <message>
        <source>Off: a missing file answers 500 naming the file</source>
        <translation>Aus: Eine fehlende Datei ergibt 500 mit dem Dateinamen</translation>
    </message>
    <message>
        <source>The data store whose current value is the body: a string as it is, anything else as JSON</source>
        <translation>Der Datenspeicher, dessen aktueller Wert der Body ist: ein String unverändert, alles andere als JSON</translation>
    </message>
    <message>
        <source>data store name</source>
        <translation>Name des Datenspeichers</translation>
    </message>
    <message>
        <source>&amp;Data store:</source>
        <translation>&amp;Datenspeicher:</translation>
    </message>
    <message>
        <source>Default response</source>
        <translation>Standardantwort</translation>
    </message>
    <message>
        <source>Answers when no response&apos;s conditions fit (and always in default mode); one per route</source>
        <translation>Antwortet, wenn die Bedingungen keiner Antwort passen (im Standardmodus immer); eine pro Route</translation>
    </message>
    <message>
        <source>Added to the route&apos;s and the set&apos;s latency when this response answers</source>
        <translation>Kommt zur Latenz der Route und des Sets hinzu, wenn diese Antwort antwortet</translation>
    </message>
    <message>
        <source>&amp;Latency:</source>
        <translation>&amp;Latenz:</translation>
    </message>
    <message>
        <source>Change file templating of %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation>Datei-Templating von %1 ändern</translation>
    </message>
    <message>
        <source>Change missing file answer of %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation>Antwort auf fehlende Datei von %1 ändern</translation>
    </message>
    <message>
        <source>Change default response of %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation>Standardantwort von %1 ändern</translation>
    </message>
    <message>
        <source>Change response latency of %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation>Antwortlatenz von %1 ändern</translation>
    </message>
    <message>
        <source>uniform %1..%2 ms; a value here makes it fixed</source>
        <translation>gleichverteilt %1..%2 ms; ein Wert hier macht sie fest</translation>
    </message>
    <message>
        <source>log-normal, median %1 ms, sigma %2, at most %3 ms; a value here makes it fixed</source>
        <translation>log-normal, Median %1 ms, Sigma %2, höchstens %3 ms; ein Wert hier macht sie fest</translation>
    </message>
</context>
<context>
    <name>MockBench::RouteEditor</name>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>An HTTP method, or * for any method</source>
        <translation>Eine HTTP-Methode oder * für jede Methode</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>Path template: literals, {name}, {name:int}, {name:regex} and a trailing {*rest}</source>
        <translation>Pfadvorlage: Literale, {name}, {name:int}, {name:regex} und ein abschließendes {*rest}</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <source>Unique within the route set; the journal and the chaos seed use it</source>
        <translation>Eindeutig im Routen-Set; Journal und Chaos-Seed verwenden sie</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Aktiviert</translation>
    </message>
    <message>
        <source>Change path of %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation>Pfad von %1 ändern</translation>
    </message>
    <message>
        <source>id: must not be empty</source>
        <translation>id: darf nicht leer sein</translation>
    </message>
    <message>
        <source>Change id of %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation>ID von %1 ändern</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation>%1 aktivieren</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>%1 deaktivieren</translation>
    </message>
    <message>
        <source>Request must also match</source>
        <translation>Zusätzliche Bedingungen für die Anfrage</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Change response mode of %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation>Antwortmodus von %1 ändern</translation>
    </message>
    <message>
        <source>the route set would not be valid</source>
        <translation>das Routen-Set wäre ungültig</translation>
    </message>
    <message>
        <source>Change method of %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation>Methode von %1 ändern</translation>
    </message>
    <message>
        <source>Change conditions of %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation>Bedingungen von %1 ändern</translation>
    </message>
    <message>
        <source>Change latency of %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation>Latenz von %1 ändern</translation>
    </message>
    <message>
        <source>Change error rate of %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation>Fehlerrate von %1 ändern</translation>
    </message>
    <message>
        <source>Change error of %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation>Fehler von %1 ändern</translation>
    </message>
    <message>
        <source>Template: {id}, {id:int}, {*rest}</source>
        <translation>Template: {id}, {id:int}, {*rest}</translation>
    </message>
    <message>
        <source>Mockoon: :id, :id?, *</source>
        <translation>Mockoon: :id, :id?, *</translation>
    </message>
    <message>
        <source>How the path is written: MockBench&apos;s templates, or a Mockoon endpoint matched as Mockoon matches it</source>
        <translation>Wie der Pfad geschrieben ist: MockBench-Templates oder ein Mockoon-Endpunkt, verglichen wie in Mockoon</translation>
    </message>
    <message>
        <source>Path s&amp;yntax:</source>
        <translation>Pfad-S&amp;yntax:</translation>
    </message>
    <message>
        <source>Change path syntax of %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation>Pfadsyntax von %1 ändern</translation>
    </message>
    <message>
        <source>Let %1 fall through</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation>%1 weiterreichen lassen</translation>
    </message>
    <message>
        <source>Stop %1 falling through</source>
        <translation>%1 nicht mehr weiterreichen</translation>
    </message>
    <message>
        <source>Mockoon endpoint: literals, :name, :name?, * and (groups); any case, an optional trailing slash</source>
        <translation>Mockoon-Endpunkt: Text, :name, :name?, * und (Gruppen); Groß-/Kleinschreibung egal, Schrägstrich am Ende optional</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>&amp;Forward to a backend</source>
        <translation>An ein Backend &amp;weiterleiten</translation>
    </message>
    <message>
        <source>The backend answers what this route takes; the route&apos;s latency and errors apply to its answers</source>
        <translation>Das Backend beantwortet, was diese Route annimmt; Latenz und Fehler der Route gelten für seine Antworten</translation>
    </message>
    <message>
        <source>The request&apos;s path (less the prefix below) and query go after this URL</source>
        <translation>Pfad (ohne das Präfix unten) und Query der Anfrage folgen auf diese URL</translation>
    </message>
    <message>
        <source>Backend &amp;URL:</source>
        <translation>Backend-&amp;URL:</translation>
    </message>
    <message>
        <source>Taken off the start of the path before it goes up</source>
        <translation>Wird vor dem Weiterleiten vom Anfang des Pfads entfernt</translation>
    </message>
    <message>
        <source>&amp;Strip prefix:</source>
        <translation>Präfix &amp;entfernen:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>No answer from the backend in this long answers 504</source>
        <translation>Keine Antwort des Backends in dieser Zeit ergibt 504</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>Accept any &amp;certificate (a self-signed backend)</source>
        <translation>Jedes &amp;Zertifikat annehmen (ein selbst signiertes Backend)</translation>
    </message>
    <message>
        <source>Stop forwarding %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation>%1 nicht mehr weiterleiten</translation>
    </message>
    <message>
        <source>The backend answers what this route takes</source>
        <translation>Das Backend beantwortet, was diese Route annimmt</translation>
    </message>
    <message>
        <source>Forward %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation>%1 weiterleiten</translation>
    </message>
</context>
<context>
    <name>MockBench::RouteSetDocument</name>
    <message>
        <source>No file name given</source>
        <translation>Kein Dateiname angegeben</translation>
    </message>
</context>
<context>
    <name>MockBench::RouteTableModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1–%2 ms</source>
        <extracomment>a latency drawn uniformly between two bounds, in milliseconds</extracomment>
        <translation>%1–%2 ms</translation>
    </message>
    <message>
        <source>~%1 ms</source>
        <extracomment>a log-normal latency: its median, in milliseconds</extracomment>
        <translation>~%1 ms</translation>
    </message>
    <message>
        <source>Enabled: this route answers requests</source>
        <translation>Aktiviert: Diese Route beantwortet Anfragen</translation>
    </message>
    <message>
        <source>Disabled: requests pass it by</source>
        <translation>Deaktiviert: Anfragen übergehen diese Route</translation>
    </message>
    <message>
        <source>Route id: %1</source>
        <extracomment>%1 is a route&apos;s id</extracomment>
        <translation>Routen-ID: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <extracomment>the first response&apos;s status, and how many responses the route has</extracomment>
        <translation>
            <numerusform>%1 (+%n weitere)</numerusform>
            <numerusform>%1 (+%n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>Latency this route adds to the global latency</source>
        <translation>Latenz, die diese Route zur globalen Latenz hinzufügt</translation>
    </message>
    <message>
        <source>On</source>
        <extracomment>column header: is the route enabled</extracomment>
        <translation>An</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Change method</source>
        <translation>Methode ändern</translation>
    </message>
    <message>
        <source>Change path</source>
        <translation>Pfad ändern</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <source>must be a number of milliseconds, not &quot;%1&quot;</source>
        <translation>muss eine Anzahl Millisekunden sein, nicht „%1“</translation>
    </message>
    <message>
        <source>Change latency</source>
        <translation>Latenz ändern</translation>
    </message>
    <message>
        <source>Move %1 %2</source>
        <translation>%1 %2 verschieben</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <extracomment>undo menu text: %1 is what changed (&quot;Change status&quot;), %2 the method, %3 the path</extracomment>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>must be a number 100..999, not &quot;%1&quot;</source>
        <translation>muss eine Zahl von 100 bis 999 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>→ %1</source>
        <extracomment>a forwarding route&apos;s status cell: %1 the backend&apos;s host and port</extracomment>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Forwards to %1; the backend answers</source>
        <extracomment>%1 the backend&apos;s URL</extracomment>
        <translation>Leitet an %1 weiter; das Backend antwortet</translation>
    </message>
</context>
<context>
    <name>MockBench::StateView</name>
    <message>
        <source>What the server holds now; requests change it as they come.</source>
        <translation>Was der Server gerade hält; Anfragen ändern es, wie sie kommen.</translation>
    </message>
    <message>
        <source>&amp;Reset State</source>
        <translation>Zustand &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Scenarios back to &quot;Started&quot;, data stores to the route set&apos;s values, global variables cleared</source>
        <translation>Szenarien zurück auf „Started“, Datenspeicher auf die Werte des Routensets, globale Variablen geleert</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>A route with a scenario answers only in the state it requires</source>
        <translation>Eine Route mit Szenario antwortet nur in dem Zustand, den sie verlangt</translation>
    </message>
    <message>
        <source>No route of this set has a scenario.</source>
        <translation>Keine Route dieses Sets hat ein Szenario.</translation>
    </message>
    <message>
        <source>Data stores</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Replace the data store with this JSON (Ctrl+Return)</source>
        <translation>Den Datenspeicher durch dieses JSON ersetzen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Global variables</source>
        <translation>Globale Variablen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Set by templates (Mockoon&apos;s setGlobalVar); cleared by Reset State</source>
        <translation>Von Vorlagen gesetzt (Mockoons setGlobalVar); Zustand zurücksetzen leert sie</translation>
    </message>
    <message>
        <source>The state scenario %1 is in; choose another to move it</source>
        <extracomment>tooltip of a scenario&apos;s state; %1 the scenario</extracomment>
        <translation>Der Zustand, in dem Szenario %1 ist; einen anderen wählen, um es zu versetzen</translation>
    </message>
    <message>
        <source>Not applied: %1 is not JSON at line %2, column %3: %4. The data store is unchanged.</source>
        <extracomment>%1 the data store, %2 line, %3 column, %4 what is wrong (from Qt&apos;s JSON parser)</extracomment>
        <translation>Nicht angewendet: %1 ist kein JSON in Zeile %2, Spalte %3: %4. Der Datenspeicher bleibt unverändert.</translation>
    </message>
    <message>
        <source>The server did not take data store %1.</source>
        <extracomment>%1 the data store</extracomment>
        <translation>Der Server hat Datenspeicher %1 nicht angenommen.</translation>
    </message>
    <message>
        <source>Data store %1 replaced.</source>
        <extracomment>%1 the data store</extracomment>
        <translation>Datenspeicher %1 ersetzt.</translation>
    </message>
    <message>
        <source>The data store chosen above, as JSON</source>
        <translation>Der oben gewählte Datenspeicher, als JSON</translation>
    </message>
    <message>
        <source>Not applied yet: Apply sends it, Revert shows the store again.</source>
        <translation>Noch nicht angewendet: Anwenden sendet es, Verwerfen zeigt wieder den Speicher.</translation>
    </message>
</context>
<context>
    <name>MockBench::TemplateHelpPanel</name>
    <message>
        <source>JavaScript</source>
        <translation>JavaScript</translation>
    </message>
    <message>
        <source>Mockoon (Handlebars)</source>
        <translation>Mockoon (Handlebars)</translation>
    </message>
    <message>
        <source>WireMock (Handlebars)</source>
        <translation>WireMock (Handlebars)</translation>
    </message>
    <message>
        <source>None: sent as written</source>
        <translation>Keine: wie geschrieben gesendet</translation>
    </message>
    <message>
        <source>&amp;Dialect:</source>
        <translation>&amp;Dialekt:</translation>
    </message>
    <message>
        <source>Filter helpers and values</source>
        <translation>Helfer und Werte filtern</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>&amp;Insert Example</source>
        <translation>Beispiel &amp;einfügen</translation>
    </message>
    <message>
        <source>Insert the example at the cursor of the body being edited (Enter or double click in the list)</source>
        <translation>Das Beispiel an der Schreibmarke des bearbeiteten Bodys einfügen (Eingabetaste oder Doppelklick in der Liste)</translation>
    </message>
    <message>
        <source>block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>helper</source>
        <translation>Helfer</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;.</source>
        <extracomment>the filter of the templates help matches nothing</extracomment>
        <translation>Nichts passt zu „%1“.</translation>
    </message>
    <message>
        <source>Bodies are sent exactly as written: there are no helpers.</source>
        <translation>Bodys werden genau wie geschrieben gesendet: Es gibt keine Helfer.</translation>
    </message>
    <message>
        <source>No help for this dialect yet.</source>
        <translation>Für diesen Dialekt gibt es noch keine Hilfe.</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Output</source>
        <extracomment>heading in the templates help: what the example gives for GET /users/42?page=2</extracomment>
        <translation>Ausgabe</translation>
    </message>
</context>
<context>
    <name>MockBench::TrafficChart</name>
    <message>
        <source>Requests/s</source>
        <translation>Anfragen/s</translation>
    </message>
    <message>
        <source>p50 latency</source>
        <translation>p50-Latenz</translation>
    </message>
    <message>
        <source>p99 latency</source>
        <translation>p99-Latenz</translation>
    </message>
    <message>
        <source>Seconds ago</source>
        <translation>Sekunden zuvor</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
</context>
</TS>
