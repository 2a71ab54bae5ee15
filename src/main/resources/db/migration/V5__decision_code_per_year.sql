-- Decision numbers start again every year, so "1/QĐ-MTTQ-BTT" recurs: the number is unique per year
-- (decision_number_uk), the code alone is not.
alter table decision drop constraint decision_code_uk;
