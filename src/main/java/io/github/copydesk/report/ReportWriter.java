package io.github.copydesk.report;

import java.io.IOException;
import java.io.Writer;

/** Writes one format of a report. */
interface ReportWriter {
    void write(Report report, Writer out) throws IOException;
}
