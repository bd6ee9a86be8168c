-- Documents in the dossier: the OPP, reports and letters the inbrenger adds for the table. The metadata is one row
-- per document; the bytes live apart (dossier_document_content), or in a directory when DOORBRAAK_DOCUMENTEN_MAP is
-- set, so listing documents never reads their content. The file name is personal data: it is shown on the dossier
-- page and sent as the download's name, never used in a URL, a log line or an audit row (those name the id).
create table dossier_document (
    id          bigint        generated always as identity primary key,
    case_id     bigint        not null references case_file (id),
    kind        varchar(16)   not null,
    file_name   varchar(255)  not null,
    media_type  varchar(100)  not null,
    size_bytes  bigint        not null,
    sha256      char(64)      not null,
    uploaded_by bigint        not null references app_user (id),
    uploaded_at timestamptz   not null,
    constraint dossier_document_kind check (kind in ('OPP', 'RAPPORT', 'BRIEF', 'OVERIG')),
    constraint dossier_document_file_name check (length(btrim(file_name)) > 0),
    constraint dossier_document_media_type check (media_type in ('application/pdf',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/msword',
        'image/png', 'image/jpeg')),
    constraint dossier_document_size check (size_bytes > 0),
    constraint dossier_document_sha256 check (sha256 ~ '^[0-9a-f]{64}$')
);
create index dossier_document_case_idx on dossier_document (case_id, uploaded_at);

create table dossier_document_content (
    document_id bigint primary key references dossier_document (id) on delete cascade,
    content     bytea  not null
);
