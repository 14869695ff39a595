package org.yomitori.export;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.yomitori.config.YomitoriConfig;

/** The endpoint files and core table of the end-to-end delivery tests. */
final class Endpoints {
    static final String SJIS_CSV = """
            id: juminhyo-sjis
            template: juminhyo_request
            file:
              folder: out/sjis
              format: csv
              encoding: Shift_JIS
              line_ending: CRLF
            columns:
              - {name: 受付番号, meta: document_id}
              - {name: 申請日, field: application_date, date: wareki}
              - {name: 氏名, field: applicant_name}
              - {name: フリガナ, field: applicant_kana}
              - {name: 生年月日, field: applicant_birth_date, date: yyyyMMdd}
              - {name: 郵便番号, field: applicant_postal_code}
              - {name: 関係, field: requester_relation}
              - {name: 住民票, field: cert_juminhyo}
              - {name: 通数, field: cert_juminhyo_copies}
            """;

    static final String CORE_TABLE = """
            id: juminhyo-db
            template: juminhyo_request
            database:
              table: juminhyo_requests
              mode: upsert
              key: doc_id
            columns:
              - {name: doc_id, meta: document_id}
              - {name: name, field: applicant_name}
              - {name: birth, field: applicant_birth_date}
              - {name: copies, field: cert_juminhyo_copies}
              - {name: juminhyo, field: cert_juminhyo}
              - {name: released, meta: released_at}
            """;

    static final String CORE_SQL = """
            -- the core system's table
            CREATE TABLE IF NOT EXISTS juminhyo_requests (
                doc_id   VARCHAR(100) PRIMARY KEY,
                name     VARCHAR(50) NOT NULL,
                birth    DATE,
                copies   INTEGER,
                juminhyo BOOLEAN,
                released TIMESTAMP WITH TIME ZONE
            );
            """;

    static final String JSON = """
            id: juminhyo-json
            template: juminhyo_request
            file: {folder: out/json, format: json}
            columns:
              - {name: document, meta: document_id}
              - {name: name, field: applicant_name}
              - {name: birth, field: applicant_birth_date, date: wareki}
            """;

    static final String XML = """
            id: juminhyo-xml
            template: juminhyo_request
            file: {folder: out/xml, format: xml, line_ending: LF}
            columns:
              - {name: 氏名, field: applicant_name}
              - {name: 備考, value: "<確認済> & 発送"}
            """;

    private Endpoints() {
    }

    /** The core table's rows as "doc_id|name|birth|copies|juminhyo|released". */
    static List<String> coreRows(YomitoriConfig config) throws SQLException {
        String url = config.properties().getProperty("yomitori.export.core-db.url");
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "core", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT doc_id, name, birth, copies, juminhyo, released"
                     + " FROM juminhyo_requests ORDER BY doc_id")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getObject(3) + "|" + rs.getObject(4) + "|"
                        + rs.getString(5) + "|" + rs.getObject(6));
            }
        }
        return rows;
    }
}
