-- Days the coordinator closed for every partner (company days): deadlines do not count them.
create table closed_day (
    day        date primary key,
    reason     varchar(200) not null,
    closed_by  varchar(200) not null,
    closed_at  timestamp with time zone not null
);
