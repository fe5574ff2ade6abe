<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>MockBench::AdminApi</name>
    <message>
        <source>Replace all routes (admin API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Record %n route(s) (admin API)</source>
        <extracomment>undo menu text: routes made by a recording through the admin API</extracomment>
        <translation>
            <numerusform>Record %n route (admin API)</numerusform>
            <numerusform>Record %n routes (admin API)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 %2 (admin API)</source>
        <extracomment>undo menu text: %1 method, %2 path of a route added through the admin API</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 %2 (admin API)</source>
        <extracomment>undo menu text: %1 method, %2 path</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace %1 %2 (admin API)</source>
        <extracomment>undo menu text: %1 method, %2 path</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change global chaos (admin API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset routes (admin API)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MockBench::ChaosEditor</name>
    <message>
        <source>Fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log-normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency of this route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the global latency: the global one is a slow network, this one a slow endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay added before every answer, as if the network were slow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (the global latency only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the delay is drawn: always the same, evenly between two bounds, or log-normal (mostly near the median with a long tail, like real services).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Distribution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delay of every answer (up to 5 s here; type larger values in the box).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shortest delay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest delay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half of the delays are shorter than this, half longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread of the delays: 0 is always the median, 0.5 is a typical service, 1 and more is a very uneven one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sigma:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No delay is longer than this, however long the tail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors of this route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An own error rate and error replace the global ones for this route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A share of the matched requests gets an error instead of its answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own error rate (replaces the global one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of the matched requests fail, in percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <extracomment>unit suffix of a spin box, with a leading space</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The global error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a failing request gets: an HTTP status, or a network fault such as a reset connection or a body that arrives slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Err&amp;or:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP status of the simulated error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: a short text naming the simulated error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body of the error response; empty for the default text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error ra&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MockBench::ChaosPanel</name>
    <message>
        <source>Repeatable (seed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a seed, delays, error rolls and random responses repeat exactly, run after run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed: the same seed gives the same chaos for the same requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change global latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change error rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change simulated error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change seed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MockBench::ConditionsEditor</name>
    <message>
        <source>the JSON subset is not valid JSON (line %1, column %2: %3)</source>
        <extracomment>%1 line, %2 column, %3 what is wrong (from Qt)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regex (whole value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON subset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has two conditions; combine them into one (for example a regex)</source>
        <extracomment>%1 a query item or header name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text, pattern or JSON subset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body: %1</source>
        <extracomment>%1 what is wrong with the body condition</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>global variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regex, any case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is null or absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is an empty array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>array includes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid against schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WireMock pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL path as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not</source>
        <extracomment>column header: the rule fits when its test fails</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tmpl</source>
        <extracomment>column header: the value is a template</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule fits when its test fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is a template, rendered in the response&apos;s dialect first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all of these conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the query, header, body and rule conditions add up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits when:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MockBench::EditorFields</name>
    <message>
        <source> ms</source>
        <extracomment>unit suffix of a spin box, with a leading space</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <extracomment>%1 what is wrong, such as &quot;path: unclosed {&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MockBench::FaultFields</name>
    <message>
        <source> bytes</source>
        <extracomment>unit suffix of a spin box, with a leading space</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes of the body sent at each step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time between two chunks of the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> bytes/s</source>
        <extracomment>unit suffix of a spin box, with a leading space</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast the body is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chunk size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection closed before answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Garbage (not HTTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stall (never answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dribble the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed chunked encoding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MockBench::JsonText</name>
    <message>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MockBench::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Routes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a route after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the selected route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1</source>
        <extracomment>%1 is a URL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About MockBench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About MockBench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;MockBench %1&lt;/h3&gt;&lt;p&gt;A workbench for mocking HTTP services: edit routes, make the backend slow or flaky, and watch every request arrive.&lt;/p&gt;</source>
        <extracomment>%1 is the version number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to listen on; 127.0.0.1 keeps the mock private to this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port to listen on; &quot;any&quot; picks a free one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address clients use; click to copy it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a route to change its place: the first enabled route that matches a request answers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — MockBench</source>
        <extracomment>window title: %1 is the route set&apos;s name or file; [*] marks unsaved changes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <extracomment>status bar: open connections and requests answered since start</extracomment>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routes have unsaved changes. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Route Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route sets (%1);;All files (*)</source>
        <extracomment>file dialog filter</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Route Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Route Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate %1 %2</source>
        <extracomment>undo menu text: %1 method, %2 path</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <extracomment>%1 is the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an untitled route set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MockBench did not close cleanly. Restore the unsaved changes to %1 from %2?</source>
        <extracomment>%1 a file name (or &quot;an untitled route set&quot;), %2 a time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The autosaved changes cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore autosaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Serving the built-in example instead.</source>
        <extracomment>%1 is the error text of the file that could not be opened</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1:
%2</source>
        <extracomment>%1 a file path, %2 one error per line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n route(s)</source>
        <extracomment>%1 is a file name, %n the number of routes</extracomment>
        <translation>
            <numerusform>Opened %1: %n route</numerusform>
            <numerusform>Opened %1: %n routes</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n route(s) from %1</source>
        <extracomment>undo menu text: %1 a file name, %n how many routes</extracomment>
        <translation>
            <numerusform>Import %n route from %1</numerusform>
            <numerusform>Import %n routes from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address. Use 127.0.0.1 for this machine only, or 0.0.0.0 for every network.</source>
        <extracomment>%1 is what the user typed as host</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <extracomment>%1 host, %2 port, %3 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving at %1</source>
        <extracomment>%1 is a URL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on disk but cannot be loaded; the routes here keep serving:
%2</source>
        <extracomment>%1 a file name, %2 one error per line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded %1: it changed on disk</source>
        <extracomment>%1 a file name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on disk. Reload it and lose the unsaved changes here?</source>
        <extracomment>%1 a file name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the request log: %1</source>
        <extracomment>%1 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>window title part: %1 the route set&apos;s name, %2 its file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <extracomment>button under the route table</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <extracomment>button under the route table</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>button under the route table</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;Template Dialect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JavaScript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mockoon (Handlebars)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;WireMock (Handlebars)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;None: sent as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helpers and values of the template dialect in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates &amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inserted %1</source>
        <extracomment>status bar: %1 is a template example such as {{ uuid() }}</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a route to insert the example into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change default template dialect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default template dialect was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the routes of a MockBench route set or a Mockoon environment to these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route Set &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route set&apos;s name, CORS, the headers of every answer and the content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what could not be carried over, with its place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route Set Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer CORS &amp;preflight requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OPTIONS request no route takes gets 200 with Access-Control-Allow-Origin: *, -Methods and -Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guess a Content-Type when a response sets none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: such answers are sent without a Content-Type, as Mockoon does for a file of unknown type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent with every answer of a route, unless its response sets the same header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headers of every answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change route set settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route set settings were not changed:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the route set converted from %1</source>
        <extracomment>%1 the file name of another tool&apos;s file, such as &quot;shop.json&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 %2 as a new MockBench route set; everything was carried over.</source>
        <extracomment>%1 a format such as &quot;Mockoon environment&quot;, %2 a file name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 %2 as a new MockBench route set; %n thing(s) could not be carried over.</source>
        <extracomment>%1 a format such as &quot;Mockoon environment&quot;, %2 a file name, %n how many things</extracomment>
        <translation>
            <numerusform>Opened %1 %2 as a new MockBench route set; %n thing could not be carried over.</numerusform>
            <numerusform>Opened %1 %2 as a new MockBench route set; %n things could not be carried over.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save over %1: it is another tool&apos;s file, which MockBench never writes over. Choose another name.</source>
        <extracomment>%1 a file path</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data.%1: this route set already has a data store of that name; the imported one was left out</source>
        <extracomment>a line of the import report: %1 a data store&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headers: the headers of every answer were not imported (Open the file to keep them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cors: the CORS preflight answer was not imported (Edit &gt; Route Set Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notFound: the answer to requests no route takes was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 a format such as &quot;Mockoon environment&quot;, %2 a file name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n route(s) from %1</source>
        <extracomment>%1 a file name (or a format and a file name), %n how many routes</extracomment>
        <translation>
            <numerusform>Imported %n route from %1</numerusform>
            <numerusform>Imported %n routes from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %2 from %1; %n thing(s) could not be carried over.</source>
        <extracomment>%1 a file name (or a format and a file name), %2 &quot;N route(s)&quot;, %n how many things</extracomment>
        <translation>
            <numerusform>Imported %2 from %1; %n thing could not be carried over.</numerusform>
            <numerusform>Imported %2 from %1; %n things could not be carried over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n route(s)</source>
        <translation>
            <numerusform>%n route</numerusform>
            <numerusform>%n routes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported an OpenAPI description to %1; %n thing(s) could not be described.</source>
        <extracomment>%1 a file name, %n how many things the OpenAPI document does not describe</extracomment>
        <translation>
            <numerusform>Exported an OpenAPI description to %1; %n thing could not be described.</numerusform>
            <numerusform>Exported an OpenAPI description to %1; %n things could not be described.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MockBench::RequestLogModel</name>
    <message>
        <source>%1 ms</source>
        <extracomment>Duration of an exchange in milliseconds, e.g. &quot;0.4 ms&quot; or &quot;201 ms&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route %1</source>
        <extracomment>A route without an id, by its 1-based position in the route list</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (error injected)</source>
        <extracomment>%1 is a fault name such as &quot;connection-reset&quot;; the error-rate roll chose it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error injected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
from %2</source>
        <extracomment>%1 is the request target, %2 the client&apos;s address:port</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status sent (%1); the answer would have been %2 %3</source>
        <extracomment>%1 is a fault name, %2 and %3 the status and reason that were not sent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <extracomment>%1 is the error message of a template or body file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1 ms + chaos delay %2 ms</source>
        <extracomment>%1: the server&apos;s own time in ms, %2: the latency chaos added, in ms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error rate roll %1 hit</source>
        <extracomment>%1 is the random roll in [0, 1) that fell under the configured error rate</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>[%n bytes of binary data]</source>
        <extracomment>The size of a body that is not text, which is not shown</extracomment>
        <translation>
            <numerusform>[%n byte of binary data]</numerusform>
            <numerusform>[%n bytes of binary data]</numerusform>
        </translation>
    </message>
    <message>
        <source>[… truncated, %1 of %2 bytes shown]</source>
        <extracomment>%1 bytes of the body are kept in the log, out of %2 bytes received or sent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[no response]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[delayed %1 ms]</source>
        <extracomment>%1 is the latency chaos added before the answer, in milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[error injected, roll %1]</source>
        <extracomment>%1 is the random roll in [0, 1) that fell under the configured error rate</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[error injected]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[fault: %1]</source>
        <extracomment>%1 is a fault name such as &quot;connection-reset&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[error: %1]</source>
        <extracomment>%1 is the error message of a template or body file</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MockBench::RequestLogView</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s)</source>
        <extracomment>%1 is how many requests the filter lets through, %n how many there are</extracomment>
        <translation>
            <numerusform>%1 of %n request</numerusform>
            <numerusform>%1 of %n requests</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter: method, path, status, route…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the requests whose method, path, status, route or fault contain this text (case does not matter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest request in view. Scrolling up stops following; scrolling to the end starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget every recorded request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request to see it as it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and the answer it got.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;sponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log keeps the newest %1 requests, so memory stays flat however long MockBench runs.</source>
        <extracomment>tooltip of the request count; %1 is how many requests the log keeps at most</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>newest %n request(s)</source>
        <translation>
            <numerusform>newest %n request</numerusform>
            <numerusform>newest %n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MockBench::ResponseEditor</name>
    <message>
        <source>Use this response only when (rules mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules: the first whose conditions fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequential: the next one each time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random: one at random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ponse mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate this response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this response (a route keeps at least one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard reason phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name may repeat: the header is sent once per value. Templates work in values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (with {{ templates }})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (sent as is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response body. {{ params.id }}, {{ query.page }}, {{ uuid() }} and other JavaScript expressions are filled in per request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixtures/page.html</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative to the route set&apos;s folder, read on each request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a file in the route set&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this response goes wrong on the wire, every time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fa&amp;ult:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change headers of %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add response to %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate response of %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove response from %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status of %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change reason phrase of %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change fault of %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a response tab: %1 its number, %2 its status</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid JSON at line %1, column %2: %3</source>
        <extracomment>%1 line, %2 column, %3 what is wrong (from Qt&apos;s JSON parser)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change body of %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change response conditions of %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JavaScript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mockoon (Handlebars)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WireMock (Handlebars)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: sent as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the body and the header values are filled in per request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helpers and values of this dialect (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templ&amp;ating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change templating of %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>a template dialect: bodies sent as written</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route set default (%1)</source>
        <extracomment>the templating of a response that names none; %1 is the route set&apos;s (e.g. &quot;JavaScript&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route set&apos;s default dialect, %1 (Edit &gt; Default Template Dialect)</source>
        <extracomment>tooltip; %1 a template dialect such as &quot;Mockoon&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response body. {{urlParam &apos;id&apos;}}, {{queryParam &apos;page&apos;}}, {{faker &apos;person.firstName&apos;}} and Mockoon&apos;s other helpers are filled in per request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response body. {{request.path}}, {{request.query.page}}, {{randomValue type=&apos;UUID&apos;}} and WireMock&apos;s other helpers are filled in per request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response body, sent exactly as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: always the default response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fall through to the next route when no response fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules mode: when no response&apos;s conditions fit, the next route that fits the request answers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the file as a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the file&apos;s templates per request, in the response&apos;s dialect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer 404 when the file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: a missing file answers 500 naming the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data store whose current value is the body: a string as it is, anything else as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data store name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers when no response&apos;s conditions fit (and always in default mode); one per route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the route&apos;s and the set&apos;s latency when this response answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Latency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change file templating of %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change missing file answer of %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change default response of %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change response latency of %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uniform %1..%2 ms; a value here makes it fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log-normal, median %1 ms, sigma %2, at most %3 ms; a value here makes it fixed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MockBench::RouteEditor</name>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HTTP method, or * for any method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path template: literals, {name}, {name:int}, {name:regex} and a trailing {*rest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique within the route set; the journal and the chaos seed use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change path of %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id: must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change id of %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request must also match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change response mode of %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the route set would not be valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change method of %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change conditions of %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change latency of %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change error rate of %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change error of %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template: {id}, {id:int}, {*rest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mockoon: :id, :id?, *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the path is written: MockBench&apos;s templates, or a Mockoon endpoint matched as Mockoon matches it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path s&amp;yntax:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change path syntax of %1</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let %1 fall through</source>
        <extracomment>%1 is a route such as &quot;GET /items&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop %1 falling through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mockoon endpoint: literals, :name, :name?, * and (groups); any case, an optional trailing slash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MockBench::RouteSetDocument</name>
    <message>
        <source>No file name given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MockBench::RouteTableModel</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 ms</source>
        <extracomment>a latency drawn uniformly between two bounds, in milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~%1 ms</source>
        <extracomment>a log-normal latency: its median, in milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled: this route answers requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled: requests pass it by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route id: %1</source>
        <extracomment>%1 is a route&apos;s id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <extracomment>the first response&apos;s status, and how many responses the route has</extracomment>
        <translation>
            <numerusform>%1 (+%n more)</numerusform>
            <numerusform>%1 (+%n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>Latency this route adds to the global latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <extracomment>column header: is the route enabled</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number of milliseconds, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <extracomment>undo menu text: %1 is what changed (&quot;Change status&quot;), %2 the method, %3 the path</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number 100..999, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MockBench::StateView</name>
    <message>
        <source>What the server holds now; requests change it as they come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios back to &quot;Started&quot;, data stores to the route set&apos;s values, global variables cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A route with a scenario answers only in the state it requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No route of this set has a scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data store chosen above, as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the data store with this JSON (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied yet: Apply sends it, Revert shows the store again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by templates (Mockoon&apos;s setGlobalVar); cleared by Reset State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state scenario %1 is in; choose another to move it</source>
        <extracomment>tooltip of a scenario&apos;s state; %1 the scenario</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: %1 is not JSON at line %2, column %3: %4. The data store is unchanged.</source>
        <extracomment>%1 the data store, %2 line, %3 column, %4 what is wrong (from Qt&apos;s JSON parser)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not take data store %1.</source>
        <extracomment>%1 the data store</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data store %1 replaced.</source>
        <extracomment>%1 the data store</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MockBench::TemplateHelpPanel</name>
    <message>
        <source>JavaScript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mockoon (Handlebars)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WireMock (Handlebars)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: sent as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dialect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter helpers and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert the example at the cursor of the body being edited (Enter or double click in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;.</source>
        <extracomment>the filter of the templates help matches nothing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bodies are sent exactly as written: there are no helpers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No help for this dialect yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <extracomment>heading in the templates help: what the example gives for GET /users/42?page=2</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MockBench::TrafficChart</name>
    <message>
        <source>Requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50 latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99 latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
