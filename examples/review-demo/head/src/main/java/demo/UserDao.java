package demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

public class UserDao {
    private final Connection connection;

    public UserDao(Connection connection) {
        this.connection = connection;
    }

    public boolean exists(long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select 1 from users where id = ?")) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    public String findName(String email) throws SQLException {
        ResultSet rows = connection.createStatement()
                .executeQuery("select name from users where email = '" + email + "'");
        return rows.next() ? rows.getString(1) : null;
    }
}
