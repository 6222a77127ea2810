-- Global search as people type Japanese: one normalising function for the stored text and the typed words, so
-- full- and half-width, hiragana and katakana, 株式会社 / (株) / ㈱, spaces and long-vowel marks do not matter.
-- Each searched table keeps its normalised text and that text's two-character pieces (bigrams) in generated
-- columns with a GIN index: a word of two characters or more is found through the index on every node, with no
-- extension to install (pg_trgm ignores Japanese under the C locale, and would not index two-character words).

create function tsunagu_norm(t text) returns text language sql immutable parallel safe as $$
    select translate(
        regexp_replace(lower(normalize(coalesce(t, ''), NFKC)),
            '株式会社|有限会社|合同会社|合資会社|合名会社|一般社団法人|一般財団法人|社会福祉法人|特定非営利活動法人|npo法人'
            || '|\(株\)|\(有\)|\(同\)|\(社\)|\(福\)|\(特非\)|[[:space:]ー〜~・･,、。.‐－-]',
            '', 'g'),
        'ァアィイゥウェエォオカガキギクグケゲコゴサザシジスズセゼソゾタダチヂッツヅテデトドナニヌネノハバパヒビピフブプヘベペホボポマミムメモャヤュユョヨラリルレロヮワヰヱヲンヴヵヶ',
        'ぁあぃいぅうぇえぉおかがきぎくぐけげこごさざしじすずせぜそぞただちぢっつづてでとどなにぬねのはばぱひびぴふぶぷへべぺほぼぽまみむめもゃやゅゆょよらりるれろゎわゐゑをんゔゕゖ')
$$;

create function tsunagu_bigrams(t text) returns text[] language sql immutable parallel safe as $$
    select coalesce(array_agg(distinct substr(t, i, 2)), '{}')
    from generate_series(1, greatest(length(t) - 1, 0)) i
$$;

-- Customers gain their reading (フリガナ); lists sort by it in 50音 order (by the name where it is missing).
alter table customer add column kana varchar(200);
alter table customer add column sort_key text generated always as (tsunagu_norm(coalesce(nullif(kana, ''), name))) stored;
create index customer_sort_key_idx on customer (sort_key, id);

alter table customer add column search_text text
    generated always as (tsunagu_norm(name) || '|' || tsunagu_norm(coalesce(kana, ''))) stored;
alter table customer add column search_grams text[] generated always as (tsunagu_bigrams(
    tsunagu_norm(name) || '|' || tsunagu_norm(coalesce(kana, '')))) stored;
create index customer_search_idx on customer using gin (search_grams);

alter table customer_contact add column search_text text generated always as (tsunagu_norm(name)) stored;
alter table customer_contact add column search_grams text[] generated always as (tsunagu_bigrams(tsunagu_norm(name))) stored;
create index customer_contact_search_idx on customer_contact using gin (search_grams);

alter table deal add column search_text text generated always as (tsunagu_norm(title)) stored;
alter table deal add column search_grams text[] generated always as (tsunagu_bigrams(tsunagu_norm(title))) stored;
create index deal_search_idx on deal using gin (search_grams);

alter table facility add column search_text text
    generated always as (tsunagu_norm(name) || '|' || tsunagu_norm(coalesce(corporation, ''))) stored;
alter table facility add column search_grams text[] generated always as (tsunagu_bigrams(
    tsunagu_norm(name) || '|' || tsunagu_norm(coalesce(corporation, '')))) stored;
create index facility_search_idx on facility using gin (search_grams);

alter table deal_question add column search_text text
    generated always as (tsunagu_norm(text) || '|' || tsunagu_norm(coalesce(answer, ''))) stored;
alter table deal_question add column search_grams text[] generated always as (tsunagu_bigrams(
    tsunagu_norm(text) || '|' || tsunagu_norm(coalesce(answer, '')))) stored;
create index deal_question_search_idx on deal_question using gin (search_grams);

alter table activity add column search_text text
    generated always as (tsunagu_norm(summary) || '|' || tsunagu_norm(coalesce(next_action, ''))) stored;
alter table activity add column search_grams text[] generated always as (tsunagu_bigrams(
    tsunagu_norm(summary) || '|' || tsunagu_norm(coalesce(next_action, '')))) stored;
create index activity_search_idx on activity using gin (search_grams);

-- Names and titles that begin with the words come first: read in byte order from these, stopping at eight.
create index customer_search_prefix_idx on customer (search_text collate "C");
create index customer_contact_search_prefix_idx on customer_contact (search_text collate "C");
create index deal_search_prefix_idx on deal (search_text collate "C");
create index facility_search_prefix_idx on facility (search_text collate "C");
