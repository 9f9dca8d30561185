-- One database per service (run once by the postgres image on an empty volume).
create database leads;
create database partners;
create database tasks;
create database notifications;
