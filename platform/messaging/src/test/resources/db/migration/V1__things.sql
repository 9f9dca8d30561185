create table thing (
    id   uuid primary key,
    name varchar(100) not null
);
create table thing_effect (
    name  varchar(100) primary key,
    times int not null
);
