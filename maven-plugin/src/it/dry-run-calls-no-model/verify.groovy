// The plan is printed (units, files, token estimates, tools) and no model is called, so no report is written.
def log = new File(basedir, 'build.log').text
assert log.contains('Dry run: no model is called.')
assert log =~ /Unit 1 \(~\d+ tokens\): src\/main\/java\/demo\/Greeter\.java/
assert log.contains('Tools: developer__read_file')
assert log.contains('final_output')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/goose').exists()
return true
